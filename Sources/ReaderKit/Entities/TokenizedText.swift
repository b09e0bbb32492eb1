/// A text cut into tokens, lines and sentences: what both recognising and training work on.
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Range<Int>]
    /// Per sentence: whether its line looks like a headline.
    public let headlines: [Bool]
    let slicer: TextSlicer

    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        slicer = TextSlicer(scalars: scalars)
        tokens = Tokenizer.tokenize(scalars: scalars, slicer: slicer)
        sentences = SentenceSplitter.sentences(tokens)
        var lineHeadline: [Bool] = []
        var lineOfToken = [Int](repeating: 0, count: tokens.count)
        var lineStart = 0
        for index in tokens.indices where index > 0 && tokens[index].lineStart || index == tokens.count - 1 {
            let end = tokens[index].lineStart ? index : tokens.count
            let headline = FeatureExtractor.isHeadline(tokens[lineStart..<end])
            for position in lineStart..<end { lineOfToken[position] = lineHeadline.count }
            lineHeadline.append(headline)
            lineStart = end
            if index == tokens.count - 1 && end == index {
                lineOfToken[index] = lineHeadline.count
                lineHeadline.append(false)
            }
        }
        headlines = sentences.map { range in
            range.isEmpty ? false : lineHeadline[lineOfToken[range.lowerBound]]
        }
    }

    /// The text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        slicer.text(start, end)
    }
}

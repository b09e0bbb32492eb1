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
        // Lines start at tokens marked `lineStart`; each line is a headline or not as a whole.
        var headlineOfToken = [Bool](repeating: false, count: tokens.count)
        var lineStart = 0
        for index in stride(from: 1, through: tokens.count, by: 1) where index == tokens.count || tokens[index].lineStart {
            guard lineStart < index else { continue }
            let headline = FeatureExtractor.isHeadline(tokens[lineStart..<index])
            for position in lineStart..<index { headlineOfToken[position] = headline }
            lineStart = index
        }
        headlines = sentences.map { range in range.isEmpty ? false : headlineOfToken[range.lowerBound] }
    }

    /// The text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        slicer.text(start, end)
    }
}

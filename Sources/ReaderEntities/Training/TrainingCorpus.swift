/// Turns documents with gold entities into training sentences: BIO tags over tokens, features, and
/// title-cased copies of some sentences so headlines are not all taken for names.
public struct TrainingCorpus {
    public let extractor: FeatureExtractor
    public let tags: TagSet
    /// Share of sentences also added with every word capitalised.
    public var titleCaseShare = 0.15

    public init(extractor: FeatureExtractor, tags: TagSet) {
        self.extractor = extractor
        self.tags = tags
    }

    /// Gold spans of one document as (start, end, type name); types not in the tag set are left out.
    public func sentences(
        text: String, gold: [(start: Int, end: Int, type: String)], random: inout some RandomNumberGenerator
    ) -> [TrainingSentence] {
        let document = TokenizedText(text)
        let goldTags = tagTokens(document, gold: gold)
        var sentences: [TrainingSentence] = []
        for (range, headline) in zip(document.sentences, document.headlines) {
            let tokens = document.tokens[range]
            let labels = Array(goldTags[range])
            let (features, offsets) = extractor.features(for: tokens, headline: headline)
            sentences.append(TrainingSentence(features: features, offsets: offsets, gold: labels))
            if !headline, tokens.count >= 3, Double.random(in: 0..<1, using: &random) < titleCaseShare {
                let titled = ArraySlice(tokens.map { token in
                    var token = token
                    token.text = Self.capitalised(token.text)
                    return token
                })
                let (titledFeatures, titledOffsets) = extractor.features(for: titled, headline: true)
                sentences.append(TrainingSentence(features: titledFeatures, offsets: titledOffsets, gold: labels))
            }
        }
        return sentences
    }

    /// BIO tags per token; a span not on token boundaries takes the tokens it touches.
    func tagTokens(_ document: TokenizedText, gold: [(start: Int, end: Int, type: String)]) -> [Int] {
        var result = [Int](repeating: TagSet.outside, count: document.tokens.count)
        let tokens = document.tokens
        for span in gold.sorted(by: { $0.start < $1.start }) {
            guard let type = tags.typeIndex(of: span.type) else { continue }
            var low = 0, high = tokens.count
            while low < high {
                let mid = (low + high) / 2
                if tokens[mid].end <= span.start { low = mid + 1 } else { high = mid }
            }
            var index = low
            var first = true
            while index < tokens.count, tokens[index].start < span.end {
                if result[index] == TagSet.outside {
                    result[index] = first ? tags.begin(type) : tags.inside(type)
                }
                first = false
                index += 1
            }
        }
        return result
    }

    static func capitalised(_ word: String) -> String {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return word }
        return String(first).uppercased() + String(word.unicodeScalars.dropFirst())
    }
}

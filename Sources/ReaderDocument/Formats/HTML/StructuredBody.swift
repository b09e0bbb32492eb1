import ReaderText

/// JSON-LD's `articleBody` as a check on the content found: a strong hint, never a blind choice.
/// Only when the page's own body text is much longer than what the scoring found, and what was
/// found holds under half of its words (a teaser picked instead of the story), does it stand in.
enum StructuredBody {
    static let minimumLength = 500

    static func replacement(for body: [BodyBlock], articleBody: String?, foundLength: Int) -> [BodyBlock]? {
        guard let articleBody, articleBody.count >= minimumLength, articleBody.count > 2 * foundLength else { return nil }
        let found = Set(body.flatMap { TextSimilarity.words($0.text) })
        let words = TextSimilarity.words(articleBody)
        guard !words.isEmpty else { return nil }
        let covered = Double(words.count { found.contains($0) }) / Double(words.count)
        guard covered < 0.5 else { return nil }
        let paragraphs = articleBody.split(whereSeparator: \.isNewline).map { line in
            TextSanitizer.sanitize(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "), keepNewlines: false)
        }.filter { !$0.isEmpty }
        return paragraphs.isEmpty ? nil : paragraphs.map { BodyBlock(kind: .paragraph, text: $0) }
    }
}

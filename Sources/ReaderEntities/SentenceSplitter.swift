/// Splits a token sequence into sentences: after . ! ? before a capital, quote or digit, and at line starts.
public enum SentenceSplitter {
    public static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index > start {
            let token = tokens[index]
            let previous = tokens[index - 1].text
            let endsSentence = (previous == "." || previous == "!" || previous == "?") && token.spaceBefore
                && startsSentence(token.text)
            if token.lineStart || endsSentence {
                ranges.append(start..<index)
                start = index
            }
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }

    static func startsSentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first == "\"" || first == "“" || first == "'" || first == "‘"
            || (first.value >= 0x30 && first.value <= 0x39) || first == "("
    }
}

extension Article {
    /// Scalars of text entities are found in. Recognition takes some 25 bytes of memory and a few
    /// microseconds per scalar: a 50 MB article would hold more than a gigabyte for minutes. A
    /// longer article has the entities of its first blocks up to this length, and says so.
    public static let recognitionLimit = 1_000_000

    /// Whether entities are found in only the first part of the text.
    public var isRecognitionCapped: Bool { plainTextLength > Self.recognitionLimit }

    /// The text entities are found in: all of `plainText`, or its blocks up to `recognitionLimit`
    /// (offsets are the same: it is a prefix).
    public var recognitionText: String {
        guard isRecognitionCapped else { return plainText }
        if let last = blocks.last(where: { $0.end <= Self.recognitionLimit }) {
            return String(plainText[..<last.slice.endIndex])
        }
        return String(String.UnicodeScalarView(plainText.unicodeScalars.prefix(Self.recognitionLimit)))
    }

    /// What the entity pane says of a long article's entities.
    public var recognitionNote: String? {
        guard isRecognitionCapped else { return nil }
        let percent = max(1, Self.recognitionLimit * 100 / max(1, plainTextLength))
        return "Entities of the first \(percent)% of this long article only"
    }
}

/// Cuts text to a number of display columns, ending with "…" when something was cut.
public enum TextTruncation {
    public static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        let shownWidth = TextWrapper.columns(of: text.unicodeScalars)
        if shownWidth <= columns && !text.contains("\n") { return text }
        var used = 0
        var kept = String.UnicodeScalarView()
        // Whole user-perceived characters: a flag or a consonant with its vowel sign is never cut.
        for character in text {
            let scalars = character.unicodeScalars.map { $0 == "\n" ? " " : $0 }
            let width = TextWrapper.columns(of: scalars)
            if used + width > columns - 1 { break }
            kept.append(contentsOf: scalars)
            used += width
        }
        if kept.count == text.unicodeScalars.count { return String(kept) }
        kept.append("…")
        return String(kept)
    }
}

/// Cuts text to a number of display columns, ending with "…" when something was cut.
public enum TextTruncation {
    public static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        let shownWidth = TextWrapper.columns(of: text.unicodeScalars)
        if shownWidth <= columns && !text.contains("\n") { return text }
        var used = 0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let shown: Unicode.Scalar = scalar == "\n" ? " " : scalar
            let width = TextWrapper.columns(shown)
            if used + width > columns - 1 { break }
            kept.append(shown)
            used += width
        }
        if kept.count == text.unicodeScalars.count { return String(kept) }
        kept.append("…")
        return String(kept)
    }
}

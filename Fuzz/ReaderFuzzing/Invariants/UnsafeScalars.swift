import ReaderText

/// Scalars that must never reach a terminal from article content.
public enum UnsafeScalars {
    /// C0 and C1 controls, DEL, bidi controls and the zero-width format characters the sanitiser
    /// hides. Newline and tab are included: layout turns them into breaks and spaces.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F, 0x00AD: return true
        default: return false
        }
    }

    /// Part of the text, so printed text keeps them; a frame cell may hold only the non-joiner
    /// (a painted ZWJ makes some terminals join cells, see `TextSanitizer.screenGlyph`).
    public static let joiners: Set<Unicode.Scalar> = ["\u{200C}", "\u{200D}"]

    /// The scalars of `text` that are unsafe, as hex, for messages.
    public static func found(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> [String] {
        text.unicodeScalars
            .filter { contains($0) && !allowed.contains($0) }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}

/// The one place that decides how a scalar of article-derived text may reach a terminal.
///
/// Every piece of article content, on screen and in printed output, goes through `glyph(for:)`:
/// control characters, escape, C1 controls and bidi overrides become visible placeholders, so no
/// byte of content can act as a terminal control sequence.
public enum TextSanitizer {
    /// What to draw for one scalar of content.
    public enum Glyph: Equatable, Sendable {
        /// Draw the scalar as it is.
        case keep
        /// Draw this visible placeholder instead.
        case replace(Unicode.Scalar)
        /// Draw nothing: zero-width format characters that terminals draw inconsistently.
        case hide
    }

    /// Shown for C1 controls and bidi controls, which have no control picture of their own.
    public static let genericPlaceholder: Unicode.Scalar = "\u{FFFD}"

    /// Decides how one scalar is shown. Newline and tab are kept: layout handles them.
    @inline(__always)
    public static func glyph(for scalar: Unicode.Scalar) -> Glyph {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return .keep }
        switch value {
        case 0x0A, 0x09:
            return .keep
        case 0x00..<0x20:
            // Control pictures: U+2400 + code (␀ … ␟), so ESC shows as ␛.
            return .replace(Unicode.Scalar(0x2400 + value) ?? genericPlaceholder)
        case 0x7F:
            return .replace("\u{2421}")
        case 0x80...0x9F:
            return .replace(genericPlaceholder)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return .replace(genericPlaceholder)
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            // Joiners and variation selectors are part of the text (emoji sequences such as 🏳️‍🌈,
            // Persian and Indic words, ideographic variants): kept.
            return .keep
        case 0x200B, 0x2060, 0xFEFF, 0x00AD:
            return .hide
        case 0xD800...0xDFFF, 0xFFF9...0xFFFB:
            return .replace(genericPlaceholder)
        default:
            return .keep
        }
    }

    /// Decides how one scalar is painted in a terminal cell grid (`Frame`): as `glyph(for:)`, but a
    /// zero width joiner is not painted. Terminals that join the character after a ZWJ into the cell
    /// before it (tmux 3.3 draws 👨‍👩‍👧 in 2 columns, and क्‍ष in 2, where wcswidth and ncurses count 6
    /// and 3) would shift the rest of the row away from the grid; without the ZWJ every terminal
    /// draws the parts at the widths the grid measured. Variation selectors are not painted either:
    /// whether one widens the character before it depends on the terminal (tmux 3.3 and ncurses keep
    /// 🏳️ at 1 column, tmux 3.4 and most graphical terminals draw it in 2), so without it the base
    /// character keeps the width the grid measured everywhere. The text itself keeps them all.
    @inline(__always)
    public static func screenGlyph(for scalar: Unicode.Scalar) -> Glyph {
        isPaintedAsNothing(scalar) ? .hide : glyph(for: scalar)
    }

    /// Zero width joiner and variation selectors: kept in the text, never painted in a cell grid.
    @inline(__always)
    static func isPaintedAsNothing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true
        default: return false
        }
    }

    /// Text made safe to print: placeholders substituted, hidden scalars removed.
    /// Newlines are kept; pass `keepNewlines: false` for single-line contexts such as titles.
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || ($0 == 0x0A && keepNewlines) }) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !keepNewlines && (scalar == "\n" || scalar == "\t") {
                scalars.append(" ")
                continue
            }
            switch glyph(for: scalar) {
            case .keep: scalars.append(scalar)
            case .replace(let placeholder): scalars.append(placeholder)
            case .hide: break
            }
        }
        return String(scalars)
    }
}

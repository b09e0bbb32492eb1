/// Punctuation that keeps to its neighbour at a row's edge, as the Unicode line breaking rules
/// (UAX #14: no break before CL, CP, EX, IS and the small kana of CJ; none after OP) and Japanese
/// typesetting have it: a row never starts with "。" or "」", nor ends with "「".
enum LineBreakPunctuation {
    /// Closing punctuation, marks and small kana that may not start a row.
    static func mayNotStartRow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D: // ! ) , . : ; ? ] }
            return true
        case 0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B: // 、。〉》」』】〕〗〙〛
            return true
        case 0x3005, 0x303B, 0x309D, 0x309E, 0x30FC, 0x30FD, 0x30FE, 0x30FB: // 々 〻 ゝ ゞ ー ヽ ヾ ・
            return true
        case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096: // small hiragana
            return true
        case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6: // small katakana
            return true
        case 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63, 0xFF64: // ！）、．：；？］｝ and half-width 。」、
            return true
        default:
            return false
        }
    }

    /// Opening brackets that may not end a row.
    static func mayNotEndRow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x7B: // ( [ {
            return true
        case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A: // 〈《「『【〔〖〘〚
            return true
        case 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62: // （［｛ and half-width 「
            return true
        default:
            return false
        }
    }
}

import Foundation

/// A colour as a theme names it: one of the eight basic colours, a bright one, an entry of the
/// 256-colour palette, or 24-bit RGB.
public enum Color: Hashable, Sendable {
    case basic(TerminalColor)
    case bright(TerminalColor)
    /// An xterm palette entry from 16 to 255 (0–15 are `basic` and `bright`).
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.basic(.black)
    public static let red = Color.basic(.red)
    public static let green = Color.basic(.green)
    public static let yellow = Color.basic(.yellow)
    public static let blue = Color.basic(.blue)
    public static let magenta = Color.basic(.magenta)
    public static let cyan = Color.basic(.cyan)
    public static let white = Color.basic(.white)

    /// The palette entry: 0–7 basic, 8–15 bright, else as given; nil for RGB.
    public var paletteIndex: Int? {
        switch self {
        case .basic(let color): return color.rawValue
        case .bright(let color): return color.rawValue + 8
        case .indexed(let index): return Int(index)
        case .rgb: return nil
        }
    }

    /// The colour of a palette entry, normalised so that 0–15 are `basic` and `bright`.
    public init(paletteIndex index: UInt8) {
        switch index {
        case 0..<8: self = .basic(TerminalColor(rawValue: Int(index)) ?? .black)
        case 8..<16: self = .bright(TerminalColor(rawValue: Int(index) - 8) ?? .black)
        default: self = .indexed(index)
        }
    }
}

extension TerminalColor {
    /// The name used in the config file.
    public var name: String {
        switch self {
        case .black: return "black"
        case .red: return "red"
        case .green: return "green"
        case .yellow: return "yellow"
        case .blue: return "blue"
        case .magenta: return "magenta"
        case .cyan: return "cyan"
        case .white: return "white"
        }
    }
}

extension Color {
    /// Reads a colour as the config file writes it: a name ("cyan", "bright-red"), a palette number
    /// (0–255, also "color123"), or "#rrggbb". `default` is not a colour: callers handle it.
    public init?(configText: String) {
        let text = configText.trimmingCharacters(in: .whitespaces).lowercased()
        if let color = TerminalColor.allCases.first(where: { $0.name == text }) {
            self = .basic(color)
        } else if text.hasPrefix("bright-"), let color = TerminalColor.allCases.first(where: { "bright-" + $0.name == text }) {
            self = .bright(color)
        } else if text.hasPrefix("#") {
            let hex = text.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else {
            var digits = Substring(text)
            for prefix in ["colour", "color"] where digits.hasPrefix(prefix) { digits = digits.dropFirst(prefix.count) }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let index = UInt8(digits) else { return nil }
            self.init(paletteIndex: index)
        }
    }

    /// How the config file writes the colour; `Color(configText:)` reads it back.
    public var configText: String {
        switch self {
        case .basic(let color): return color.name
        case .bright(let color): return "bright-" + color.name
        case .indexed(let index): return "\(index)"
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { value in
                let hex = String(value, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        }
    }
}

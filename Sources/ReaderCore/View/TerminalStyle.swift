/// A `Style` as a terminal of some colour depth can draw it: colours reduced to what it shows,
/// and attributes standing in for colour where it shows none.
public struct TerminalStyle: Hashable, Sendable {
    /// Terminal colour numbers (ncurses' colour indexes); nil is the terminal's default colour.
    public var foreground: Int32?
    public var background: Int32?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool
    public var italic: Bool

    public init(_ style: Style, depth: ColorDepth) {
        bold = style.bold
        italic = style.italic
        dim = style.dim
        reverse = style.reverse
        underline = style.underline
        foreground = style.foreground.flatMap { $0.reduced(to: depth) }.map { Self.number(of: $0, depth: depth) }
        background = style.background.flatMap { $0.reduced(to: depth) }.map { Self.number(of: $0, depth: depth) }
        if depth == .none {
            // Without colours, a background (highlight, search match) is reverse video, and a coloured
            // word (an entity mention) is underlined, so both still stand out.
            if style.background != nil {
                reverse.toggle()
            } else if style.foreground != nil {
                underline = true
            }
        }
    }

    /// The number ncurses takes for a colour already reduced to the depth. With direct colour,
    /// numbers from 8 up are packed RGB, so palette entries past the basic eight go as their RGB.
    static func number(of color: Color, depth: ColorDepth) -> Int32 {
        if depth == .direct {
            if case .basic(let basic) = color { return Int32(basic.rawValue) }
            let (red, green, blue) = color.rgbValue
            return max(8, Int32(red) << 16 | Int32(green) << 8 | Int32(blue))
        }
        return Int32(color.paletteIndex ?? 0)
    }
}

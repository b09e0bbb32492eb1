/// The eight basic terminal colours; `nil` in a `Style` means the terminal's default.
public enum TerminalColor: Int, CaseIterable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Colours are what the theme asks for; the backend reduces them to what the
/// terminal can show (`ColorDepth`).
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool
    public var italic: Bool
    /// Struck-out text. ncurses has no attribute for it: the backend draws a combining stroke.
    public var strikethrough: Bool

    public init(
        foreground: Color? = nil, background: Color? = nil,
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
        italic: Bool = false, strikethrough: Bool = false
    ) {
        self.italic = italic
        self.strikethrough = strikethrough
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
}

/// Something wrong in the config file: where, and what was expected. The part it concerns keeps
/// its default.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the place cannot be told.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "FILE:LINE: MESSAGE", the form compilers use, so editors can jump to it.
    public var description: String {
        "\(file):\(line.map { "\($0): " } ?? " ")\(message)"
    }
}

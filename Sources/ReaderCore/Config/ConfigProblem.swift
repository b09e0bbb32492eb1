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

    /// What the status line says about a config's problems: the problem itself when there is one,
    /// else how many and the command that lists them all (nil when there are none).
    /// `explicitPath` is the `--config` path, which the command then needs too.
    public static func statusLine(for problems: [ConfigProblem], explicitPath: String? = nil) -> String? {
        guard let first = problems.first else { return nil }
        guard problems.count > 1 else { return "Config: \(first)" }
        let name = first.file.split(separator: "/").last.map(String.init) ?? first.file
        let check = explicitPath.map { "reader config --check --config \($0)" } ?? "reader config --check"
        return "\(problems.count) problems in \(name): see \(check)"
    }
}

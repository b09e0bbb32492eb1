import ReaderDocument

/// Parses TOML text that may have syntax errors, keeping what parses: the line with an error is
/// left out (the whole table when the error is in its `[header]`) and the rest parsed again, so one
/// typo does not throw away the whole file.
enum TOMLRecovery {
    /// A syntax error and the lines left out because of it (1-based, inclusive).
    struct Dropped: Equatable {
        var error: TOMLReading.SyntaxError
        var lines: ClosedRange<Int>
        var wasTable: Bool
    }

    struct Outcome {
        /// Nil when nothing could be kept: the defaults are used.
        var values: [String: ConfigValue]?
        /// The text that parsed: left-out lines are blank, so line numbers stay those of the file.
        var text: String
        var dropped: [Dropped]
        /// The error that could not be recovered from, when `values` is nil.
        var fatal: TOMLReading.SyntaxError?
    }

    /// Errors recovered from before giving up; each costs a parse of a few kilobytes.
    static let maximumErrors = 20

    static func parse(_ text: String) -> Outcome {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var dropped: [Dropped] = []
        while true {
            let current = lines.joined(separator: "\n")
            switch TOMLReading.parse(current) {
            case .success(let values):
                return Outcome(values: values, text: current, dropped: dropped, fatal: nil)
            case .failure(let error):
                guard dropped.count < maximumErrors, let range = linesToDrop(at: error.line, in: lines) else {
                    return Outcome(values: nil, text: text, dropped: dropped, fatal: error)
                }
                let wasTable = range.count > 1 || trimmed(lines[range.lowerBound - 1]).hasPrefix("[")
                for index in range { lines[index - 1] = "" }
                dropped.append(Dropped(error: error, lines: range, wasTable: wasTable))
            }
        }
    }

    /// The line of the error, or a table header and its keys up to the next header (its last line
    /// with text: the blank lines after it, or the "line" after the file's final newline, are not
    /// named). Nil when the error is on no line that still has text (nothing left to leave out).
    static func linesToDrop(at line: Int, in lines: [String]) -> ClosedRange<Int>? {
        guard line >= 1, line <= lines.count, !trimmed(lines[line - 1]).isEmpty else { return nil }
        guard trimmed(lines[line - 1]).hasPrefix("[") else { return line...line }
        var end = line
        while end < lines.count, !trimmed(lines[end]).hasPrefix("[") { end += 1 }
        while end > line, trimmed(lines[end - 1]).isEmpty { end -= 1 }
        return line...end
    }

    private static func trimmed(_ line: String) -> Substring {
        line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
    }
}

/// One table of the config file while it is read: typed look-ups that note a problem, with the
/// key's line, for each value of the wrong kind, and for keys the table does not know.
struct ConfigTable {
    let path: [String]
    let values: [String: ConfigValue]
    let context: ConfigContext

    /// The table's name as a problem message writes it: "[layout]", or "the top level".
    var name: String { path.isEmpty ? "the top level" : "[\(path.joined(separator: "."))]" }

    func problem(_ key: String?, _ message: String) {
        context.note(path: path + (key.map { [$0] } ?? []), message)
    }

    /// Notes every key not in `known` (compared in order, so the message lists them as written).
    func rejectUnknownKeys(_ known: [String]) {
        for key in values.keys.sorted() where !known.contains(key) {
            problem(key, "unknown key '\(key)' in \(name); expected one of: \(known.joined(separator: ", "))")
        }
    }

    func table(_ key: String) -> ConfigTable? {
        guard let value = values[key] else { return nil }
        guard case .table(let table) = value else {
            problem(key, "'\(key)' in \(name) should be a table ([\((path + [key]).joined(separator: "."))]), found \(value.kind)")
            return nil
        }
        return ConfigTable(path: path + [key], values: table, context: context)
    }

    func bool(_ key: String) -> Bool? {
        guard let value = values[key] else { return nil }
        guard case .boolean(let flag) = value else {
            problem(key, "expected true or false for '\(key)', found \(value.kind)")
            return nil
        }
        return flag
    }

    func string(_ key: String) -> String? {
        guard let value = values[key] else { return nil }
        guard case .string(let text) = value else {
            problem(key, "expected a string in quotes for '\(key)', found \(value.kind)")
            return nil
        }
        return text
    }

    func integer(_ key: String, in range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let value = values[key] else { return nil }
        guard case .integer(let number) = value, range.contains(number) else {
            problem(key, "expected \(meaning) from \(range.lowerBound) to \(range.upperBound) for '\(key)', found \(value.kind)")
            return nil
        }
        return number
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ key: String) -> [String]? {
        guard let value = values[key] else { return nil }
        switch value {
        case .string(let text): return [text]
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else {
                    problem(key, "expected a list of strings for '\(key)', found \(item.kind) in it")
                    return nil
                }
                strings.append(text)
            }
            return strings
        default:
            problem(key, "expected a list of strings for '\(key)', found \(value.kind)")
            return nil
        }
    }

    /// The keys in the order they are written in the file (then by name).
    var keysInFileOrder: [String] {
        values.keys.sorted { a, b in
            let lineA = context.lines.line(of: path + [a]) ?? .max, lineB = context.lines.line(of: path + [b]) ?? .max
            return lineA != lineB ? lineA < lineB : a < b
        }
    }
}

/// What the tables of one file share: the file's name, where its keys are, and the problems met.
final class ConfigContext {
    let file: String
    let lines: ConfigLineIndex
    private(set) var problems: [ConfigProblem] = []

    init(file: String, text: String) {
        self.file = file
        lines = ConfigLineIndex(text: text)
    }

    func note(path: [String], _ message: String) {
        problems.append(ConfigProblem(file: file, line: lines.line(of: path), message: message))
    }
}

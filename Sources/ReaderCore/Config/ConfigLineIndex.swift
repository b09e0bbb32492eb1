/// Finds the line of a key in TOML text. TOMLKit reports lines for syntax errors only, not for
/// values, so problems with a well-formed value (unknown key, bad colour) are placed by scanning
/// the text for table headers (`[a.b]`) and `key =` lines. Keys inside multi-line strings could
/// mislead it; the config has none.
struct ConfigLineIndex {
    /// Dotted key path ("keys.global.quit") to its 1-based line; a table header counts as its path.
    private(set) var lines: [String: Int] = [:]

    init(text: String) {
        var table: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(inner)
                // "[keyz.global]" is also where an unknown "keyz" is reported.
                for length in 1...max(1, table.count) { record(Array(table.prefix(length)), line: index + 1) }
            } else if let equals = Self.assignment(line) {
                record(table + Self.keyPath(line[..<equals]), line: index + 1)
            }
        }
    }

    private mutating func record(_ path: [String], line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// The line of a key path, else of the nearest enclosing table that has one.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return nil
    }

    /// Where `=` is in a `key = value` line whose key is outside quotes.
    private static func assignment(_ line: Substring) -> Substring.Index? {
        var quote: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            } else if character == "#" {
                return nil
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// The parts of a dotted key, with quotes taken off ("a.\"b.c\"" is ["a", "b.c"]).
    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}

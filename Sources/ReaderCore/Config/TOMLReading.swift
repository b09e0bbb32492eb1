import ReaderEntities

// Implementation-only: TOMLKit's literal-convertible TOMLValue would otherwise take part in type
// inference in every module that imports ReaderKit (`c ? string : nil` became a TOMLValue).
@_implementationOnly import TOMLKit

/// Parses TOML text into `ConfigValue`s: the one place that uses TOMLKit (toml++ underneath).
enum TOMLReading {
    struct SyntaxError: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func parse(_ text: String) -> Result<[String: ConfigValue], SyntaxError> {
        // toml++ traps (an assertion) on some characters TOML forbids, such as an escape or an emoji
        // in a table name: refuse those before it sees the text.
        if let (line, column, scalar) = firstForbiddenCharacter(in: text) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let message = scalar.isASCII
                ? "control character \(code) (write it escaped inside a string)"
                : "character \(code) outside a string or comment (keys are ASCII letters, digits, - and _, or quoted)"
            return .failure(SyntaxError(line: line, column: column, message: message))
        }
        if let (line, column) = firstHeaderWithoutKey(in: text) {
            return .failure(SyntaxError(line: line, column: column, message: "expected a key after '[' (a bare key or a quoted one)"))
        }
        do {
            let table = try TOMLTable(string: text)
            return .success(convert(table))
        } catch let error as TOMLParseError {
            return .failure(SyntaxError(line: error.source.begin.line, column: error.source.begin.column, message: error.description))
        } catch {
            return .failure(SyntaxError(line: 1, column: 1, message: "\(error)"))
        }
    }

    static func convert(_ table: TOMLTable) -> [String: ConfigValue] {
        var result: [String: ConfigValue] = [:]
        for key in table.keys {
            if let value = table[key] { result[key] = convert(value) }
        }
        return result
    }

    static func convert(_ value: TOMLValueConvertible) -> ConfigValue {
        switch value.type {
        case .table: return value.table.map { .table(convert($0)) } ?? .table([:])
        case .array: return .array(value.array.map { $0.map(convert) } ?? [])
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        default: return .other(value.debugDescription)
        }
    }

    /// The first raw control character other than tab and line ends, or the first non-ASCII
    /// character outside strings and comments, with its 1-based line and column.
    static func firstForbiddenCharacter(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        enum Context { case bare, comment, basic, literal, multiBasic, multiLiteral }
        let scalars = Array(text.unicodeScalars)
        var context = Context.bare
        var line = 1
        var column = 1
        var index = 0
        func starts(_ marker: String) -> Bool {
            let marks = Array(marker.unicodeScalars)
            return index + marks.count <= scalars.count && Array(scalars[index..<(index + marks.count)]) == marks
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                column = 1
                if context == .comment || context == .basic || context == .literal { context = .bare }
                index += 1
                continue
            }
            if (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F { return (line, column, scalar) }
            var step = 1
            switch context {
            case .bare:
                if !scalar.isASCII { return (line, column, scalar) }
                if starts("\"\"\"") { context = .multiBasic; step = 3 }
                else if starts("\'\'\'") { context = .multiLiteral; step = 3 }
                else if scalar == "\"" { context = .basic }
                else if scalar == "'" { context = .literal }
                else if scalar == "#" { context = .comment }
            case .comment:
                break
            case .basic:
                if scalar == "\\" { step = 2 } else if scalar == "\"" { context = .bare }
            case .literal:
                if scalar == "'" { context = .bare }
            case .multiBasic:
                if scalar == "\\" { step = 2 } else if starts("\"\"\"") { context = .bare; step = 3 }
            case .multiLiteral:
                if starts("\'\'\'") { context = .bare; step = 3 }
            }
            index += step
            column += step
        }
        return nil
    }

    /// The first table header whose key does not start with a key character or a quote, which
    /// toml++ checks only with an assertion (it traps). Arrays and inline tables in values are
    /// skipped, so a "[" that starts a line inside one is not taken for a header.
    static func firstHeaderWithoutKey(in text: String) -> (line: Int, column: Int)? {
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var lineStart = 0
        var depth = 0
        var quote: Unicode.Scalar?
        var multiLine = false
        var inComment = false
        var onlySpaceSoFar = true
        var index = 0
        func starts(_ mark: Unicode.Scalar, count: Int) -> Bool {
            index + count <= scalars.count && scalars[index..<(index + count)].allSatisfy { $0 == mark }
        }
        func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "\"" || scalar == "'"
        }
        while index < scalars.count {
            let scalar = scalars[index]
            var step = 1
            if scalar == "\n" {
                line += 1
                lineStart = index + 1
                inComment = false
                onlySpaceSoFar = true
                if !multiLine { quote = nil }
            } else if inComment {
                // Nothing in a comment counts.
            } else if let open = quote {
                if open == "\"", scalar == "\\" {
                    step = 2
                } else if multiLine, starts(open, count: 3) {
                    quote = nil
                    step = 3
                } else if !multiLine, scalar == open {
                    quote = nil
                }
            } else {
                switch scalar {
                case "#": inComment = true
                case "\"", "'":
                    multiLine = starts(scalar, count: 3)
                    quote = scalar
                    step = multiLine ? 3 : 1
                case "[" where depth == 0 && onlySpaceSoFar:
                    var next = index + 1
                    if next < scalars.count, scalars[next] == "[" { next += 1 }
                    while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                    guard next < scalars.count, isKeyStart(scalars[next]) else { return (line, next - lineStart + 1) }
                    step = next - index
                case "[", "{": depth += 1
                case "]", "}": depth = max(0, depth - 1)
                default: break
                }
                if scalar != " " && scalar != "\t" && scalar != "\r" { onlySpaceSoFar = false }
            }
            index += step
        }
        return nil
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}

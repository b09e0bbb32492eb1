@testable import ReaderEntities
@testable import ReaderCore

/// The part of Python that feedparser's `Expect:` lines use, parsed into a tree: `and`, `or`,
/// `not`, comparisons (chained too), `+`, subscripts, attributes, calls, and string (u'', b'',
/// escapes), number, tuple, list, dict, None, True and False literals.
indirect enum PythonExpression: Equatable {
    case name(String)
    case string(String)
    case integer(Int)
    case real(Double)
    case tuple([PythonExpression])
    case list([PythonExpression])
    case dict([(PythonExpression, PythonExpression)])
    case index(PythonExpression, PythonExpression)
    case attribute(PythonExpression, String)
    case call(PythonExpression, [PythonExpression])
    case not(PythonExpression)
    case negative(PythonExpression)
    case and(PythonExpression, PythonExpression)
    case or(PythonExpression, PythonExpression)
    case add(PythonExpression, PythonExpression)
    case compare(PythonExpression, [(String, PythonExpression)])

    static func == (lhs: PythonExpression, rhs: PythonExpression) -> Bool { "\(lhs)" == "\(rhs)" }

    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ source: String) throws -> PythonExpression {
        var parser = Parser(tokens: try tokenize(source))
        let expression = try parser.orExpression()
        guard parser.atEnd else { throw SyntaxError(description: "unexpected \(parser.peek?.description ?? "")") }
        return expression
    }

    enum Token: Equatable, CustomStringConvertible {
        case name(String), string(String), integer(Int), real(Double), symbol(String)

        var description: String {
            switch self {
            case .name(let value), .symbol(let value): return value
            case .string(let value): return "'\(value)'"
            case .integer(let value): return "\(value)"
            case .real(let value): return "\(value)"
            }
        }
    }

    static func tokenize(_ source: String) throws -> [Token] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        func isNameStart(_ scalar: Unicode.Scalar) -> Bool { scalar == "_" || scalar.properties.isAlphabetic }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                index += 1
            } else if scalar == "'" || scalar == "\"" || ("ubrUBR".unicodeScalars.contains(scalar) && index + 1 < scalars.count
                && (scalars[index + 1] == "'" || scalars[index + 1] == "\"")) {
                let raw = scalar == "r" || scalar == "R"
                if scalar != "'" && scalar != "\"" { index += 1 }
                let quote = scalars[index]
                index += 1
                var value = String.UnicodeScalarView()
                while index < scalars.count, scalars[index] != quote {
                    if scalars[index] == "\\", !raw, index + 1 < scalars.count {
                        index += 1
                        let escape = scalars[index]
                        func hex(_ count: Int) throws -> Unicode.Scalar {
                            guard index + count < scalars.count,
                                  let code = UInt32(String(String.UnicodeScalarView(scalars[(index + 1)...(index + count)])), radix: 16),
                                  let result = Unicode.Scalar(code) else { throw SyntaxError(description: "bad escape") }
                            index += count
                            return result
                        }
                        switch escape {
                        case "n": value.append("\n")
                        case "t": value.append("\t")
                        case "r": value.append("\r")
                        case "x": value.append(try hex(2))
                        case "u": value.append(try hex(4))
                        case "U": value.append(try hex(8))
                        case "\\", "'", "\"": value.append(escape)
                        default:
                            value.append("\\")
                            value.append(escape)
                        }
                    } else {
                        value.append(scalars[index])
                    }
                    index += 1
                }
                guard index < scalars.count else { throw SyntaxError(description: "unterminated string") }
                index += 1
                tokens.append(.string(String(value)))
            } else if scalar.properties.numericType != nil, scalar.isASCII {
                var end = index
                while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType != nil || scalars[end] == "." { end += 1 }
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                if text.contains("."), let value = Double(text) { tokens.append(.real(value)) } else if let value = Int(text) {
                    tokens.append(.integer(value))
                } else {
                    throw SyntaxError(description: "bad number \(text)")
                }
                if end < scalars.count, scalars[end] == "L" { end += 1 }
                index = end
            } else if isNameStart(scalar) {
                var end = index
                while end < scalars.count, isNameStart(scalars[end]) || scalars[end].properties.numericType != nil { end += 1 }
                tokens.append(.name(String(String.UnicodeScalarView(scalars[index..<end]))))
                index = end
            } else {
                let two = index + 1 < scalars.count ? String(String.UnicodeScalarView(scalars[index...(index + 1)])) : ""
                if ["==", "!=", "<=", ">="].contains(two) {
                    tokens.append(.symbol(two))
                    index += 2
                } else if "()[]{},:.+-<>".unicodeScalars.contains(scalar) {
                    tokens.append(.symbol(String(scalar)))
                    index += 1
                } else {
                    throw SyntaxError(description: "unexpected character \(scalar)")
                }
            }
        }
        return tokens
    }

    struct Parser {
        var tokens: [Token]
        var position = 0

        var atEnd: Bool { position >= tokens.count }
        var peek: Token? { atEnd ? nil : tokens[position] }

        mutating func take(_ symbol: String) -> Bool {
            if peek == .symbol(symbol) || peek == .name(symbol) {
                position += 1
                return true
            }
            return false
        }

        mutating func expect(_ symbol: String) throws {
            guard take(symbol) else { throw SyntaxError(description: "expected \(symbol) at \(peek?.description ?? "end")") }
        }

        mutating func orExpression() throws -> PythonExpression {
            var left = try andExpression()
            while take("or") { left = .or(left, try andExpression()) }
            return left
        }

        mutating func andExpression() throws -> PythonExpression {
            var left = try notExpression()
            while take("and") { left = .and(left, try notExpression()) }
            return left
        }

        mutating func notExpression() throws -> PythonExpression {
            if take("not") { return .not(try notExpression()) }
            return try comparison()
        }

        mutating func comparison() throws -> PythonExpression {
            let left = try sum()
            var rest: [(String, PythonExpression)] = []
            while true {
                if let symbol = peek, case .symbol(let op) = symbol, ["==", "!=", "<", ">", "<=", ">="].contains(op) {
                    position += 1
                    rest.append((op, try sum()))
                } else if take("in") {
                    rest.append(("in", try sum()))
                } else if peek == .name("not"), position + 1 < tokens.count, tokens[position + 1] == .name("in") {
                    position += 2
                    rest.append(("not in", try sum()))
                } else if take("is") {
                    rest.append((take("not") ? "is not" : "is", try sum()))
                } else {
                    break
                }
            }
            return rest.isEmpty ? left : .compare(left, rest)
        }

        mutating func sum() throws -> PythonExpression {
            var left = try unary()
            while take("+") { left = .add(left, try unary()) }
            return left
        }

        mutating func unary() throws -> PythonExpression {
            if take("-") { return .negative(try unary()) }
            return try postfix()
        }

        mutating func postfix() throws -> PythonExpression {
            var value = try atom()
            while true {
                if take("[") {
                    let index = try orExpression()
                    try expect("]")
                    value = .index(value, index)
                } else if take(".") {
                    guard case .name(let name)? = peek else { throw SyntaxError(description: "expected a name after .") }
                    position += 1
                    value = .attribute(value, name)
                } else if take("(") {
                    var arguments: [PythonExpression] = []
                    while !take(")") {
                        arguments.append(try orExpression())
                        _ = take(",")
                    }
                    value = .call(value, arguments)
                } else {
                    return value
                }
            }
        }

        mutating func atom() throws -> PythonExpression {
            guard let token = peek else { throw SyntaxError(description: "unexpected end") }
            position += 1
            switch token {
            case .name(let name): return .name(name)
            case .string(var value):
                // Adjacent string literals concatenate.
                while case .string(let next)? = peek {
                    value += next
                    position += 1
                }
                return .string(value)
            case .integer(let value): return .integer(value)
            case .real(let value): return .real(value)
            case .symbol("("):
                if take(")") { return .tuple([]) }
                let first = try orExpression()
                if take(")") { return first }
                var items = [first]
                while take(",") {
                    if peek == .symbol(")") { break }
                    items.append(try orExpression())
                }
                try expect(")")
                return .tuple(items)
            case .symbol("["):
                var items: [PythonExpression] = []
                while !take("]") {
                    items.append(try orExpression())
                    _ = take(",")
                }
                return .list(items)
            case .symbol("{"):
                var pairs: [(PythonExpression, PythonExpression)] = []
                while !take("}") {
                    let key = try orExpression()
                    try expect(":")
                    pairs.append((key, try orExpression()))
                    _ = take(",")
                }
                return .dict(pairs)
            default:
                throw SyntaxError(description: "unexpected \(token)")
            }
        }
    }
}

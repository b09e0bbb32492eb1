/// A JSON value kept exactly as read: numbers keep their text, objects every key, so a record
/// written by a newer Reader comes back out with the fields this one does not know.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number's text as written (never re-rounded).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var string: String? { if case .string(let text) = self { return text } else { return nil } }
    public var bool: Bool? { if case .bool(let flag) = self { return flag } else { return nil } }
    public var int: Int? { if case .number(let text) = self { return Int(text) ?? Double(text).map { Int($0) } } else { return nil } }
    public var double: Double? { if case .number(let text) = self { return Double(text) } else { return nil } }
    public var object: [String: JSONValue]? { if case .object(let fields) = self { return fields } else { return nil } }
    public var array: [JSONValue]? { if case .array(let items) = self { return items } else { return nil } }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    public subscript(key: String) -> JSONValue? { object?[key] }
}

extension JSONValue {
    /// Indented text with sorted keys: the same value always gives the same bytes, so git sees
    /// only real changes, line by line.
    public func rendered() -> String {
        var output = ""
        write(indent: "", into: &output)
        output += "\n"
        return output
    }

    private func write(indent: String, into output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): Self.quote(text, into: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(indent: inner, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { output += "{}"; return }
            let inner = indent + "  "
            output += "{\n"
            for (index, key) in fields.keys.sorted().enumerated() {
                output += inner
                Self.quote(key, into: &output)
                output += ": "
                fields[key]!.write(indent: inner, into: &output)
                output += index == fields.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

/// Why a record's text is not JSON, with the byte offset where it went wrong.
public struct JSONValueError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var expected: String
    public var description: String { "byte \(offset): expected \(expected)" }
}

extension JSONValue {
    /// Reads a JSON document (RFC 8259).
    public static func parse(_ bytes: [UInt8]) throws(JSONValueError) -> JSONValue {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.failure("the end of the document") }
        return value
    }

    public static func parse(_ text: String) throws(JSONValueError) -> JSONValue { try parse(Array(text.utf8)) }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ expected: String) -> JSONValueError { JSONValueError(offset: index, expected: expected) }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(JSONValueError) -> JSONValue {
            guard depth < 512 else { throw failure("less nesting") }
            guard index < bytes.count else { throw failure("a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var fields: [String: JSONValue] = [:]
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("a key in quotes") }
                    let key = try string()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("':'") }
                    index += 1
                    skipSpace()
                    fields[key] = try value(depth: depth + 1)
                    skipSpace()
                    guard index < bytes.count else { throw failure("',' or '}'") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
                    throw failure("',' or '}'")
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [JSONValue] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard index < bytes.count else { throw failure("',' or ']'") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                    throw failure("',' or ']'")
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: String) throws(JSONValueError) {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw failure("'\(word)'")
            }
            index += expected.count
        }

        mutating func number() throws(JSONValueError) -> String {
            let start = index
            func digits() -> Int {
                let from = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                return index - from
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { index = start; throw failure("a value") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw failure("a digit") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw failure("a digit") }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func string() throws(JSONValueError) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var runStart = index
            func flush() {
                if runStart < index { scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars) }
            }
            while true {
                guard index < bytes.count else { throw failure("'\"'") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    flush()
                    index += 1
                    return String(scalars)
                }
                if byte < 0x20 { throw failure("an escaped control character") }
                if byte != UInt8(ascii: "\\") { index += 1; continue }
                flush()
                index += 1
                guard index < bytes.count else { throw failure("an escape") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) }
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: throw failure("an escape")
                }
                runStart = index
            }
        }

        mutating func hex4() throws(JSONValueError) -> UInt32 {
            guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                throw failure("four hex digits")
            }
            index += 4
            return code
        }
    }
}

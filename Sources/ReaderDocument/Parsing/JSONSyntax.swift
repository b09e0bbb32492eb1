import ReaderEntities

/// Where JSON text first goes wrong, and what was expected there: Foundation's parser on Linux
/// says only "The data is not in the correct format." (and a character count in its debug text).
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Counted from 1; the column counts Unicode scalars, as an editor does.
    public var line: Int
    public var column: Int
    /// Bytes before the error.
    public var offset: Int
    public var expected: String

    public var description: String { "line \(line), column \(column): \(expected)" }
}

/// An RFC 8259 syntax check (no values are built), run only to explain why Foundation refused
/// the data; so it also takes the one liberty Foundation takes, a comma before '}' or ']'.
public enum JSONSyntax {
    /// The first syntax error, or nil when the text is JSON.
    public static func firstError(in bytes: [UInt8]) -> JSONSyntaxError? {
        var scanner = Scanner(bytes: bytes)
        do throws(JSONSyntaxError) {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < bytes.count { throw scanner.failure("expected the end of the data after the top-level value") }
            return nil
        } catch {
            return error
        }
    }

    struct Scanner {
        let bytes: [UInt8]
        var index = 0
        static let maxDepth = 512

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        func failure(_ expected: String) -> JSONSyntaxError {
            var line = 1
            var lineStart = 0
            for position in 0..<min(index, bytes.count) where bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            // Continuation bytes (10xxxxxx) do not start a scalar.
            let column = 1 + bytes[lineStart..<min(index, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
            let found = current.map { Self.shown($0) } ?? "the end of the data"
            return JSONSyntaxError(line: line, column: column, offset: index, expected: "\(expected), found \(found)")
        }

        static func shown(_ byte: UInt8) -> String {
            if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            switch byte {
            case UInt8(ascii: " "): return "a space"
            case UInt8(ascii: "\n"): return "a line break"
            case UInt8(ascii: "\t"): return "a tab"
            default: return "byte 0x" + String(byte, radix: 16, uppercase: true)
            }
        }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) {
            guard depth < Self.maxDepth else { throw failure("nesting deeper than \(Self.maxDepth) levels") }
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")): try number()
            default: throw failure("expected a value (an object, array, string, number, true, false or null)")
            }
        }

        mutating func object(depth: Int) throws(JSONSyntaxError) {
            try elements(closedBy: "}", what: "an object member") { scanner throws(JSONSyntaxError) in
                guard scanner.current == UInt8(ascii: "\"") else { throw scanner.failure("expected a key in double quotes") }
                try scanner.string()
                scanner.skipSpace()
                guard scanner.current == UInt8(ascii: ":") else { throw scanner.failure("expected ':' after the key") }
                scanner.index += 1
                scanner.skipSpace()
                try scanner.value(depth: depth + 1)
            }
        }

        mutating func array(depth: Int) throws(JSONSyntaxError) {
            try elements(closedBy: "]", what: "an array element") { scanner throws(JSONSyntaxError) in
                try scanner.value(depth: depth + 1)
            }
        }

        /// The comma-separated elements after an opening '{' or '[', up to and past `closer`.
        mutating func elements(
            closedBy closer: Unicode.Scalar, what element: String,
            _ readElement: (inout Scanner) throws(JSONSyntaxError) -> Void
        ) throws(JSONSyntaxError) {
            let closingByte = UInt8(ascii: closer)
            index += 1
            skipSpace()
            if current == closingByte {
                index += 1
                return
            }
            while true {
                try readElement(&self)
                skipSpace()
                switch current {
                case UInt8(ascii: ","):
                    index += 1
                    skipSpace()
                    if current == closingByte {
                        index += 1
                        return
                    }
                case closingByte:
                    index += 1
                    return
                default:
                    throw failure("expected ',' or '\(closer)' after \(element)")
                }
            }
        }

        mutating func string() throws(JSONSyntaxError) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { break }
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            index += 1
                            guard let digit = current, digit.isHexDigit else { throw failure("expected four hex digits after \\u") }
                        }
                    } else if !Array("\"\\/bfnrt".utf8).contains(escaped) {
                        throw failure("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)")
                    }
                    index += 1
                case 0..<0x20:
                    throw failure("expected '\"' to close the string (control characters must be escaped)")
                default:
                    index += 1
                }
            }
            throw failure("expected '\"' to close the string")
        }

        mutating func literal(_ word: String) throws(JSONSyntaxError) {
            for expected in word.utf8 {
                guard current == expected else { throw failure("expected \(word)") }
                index += 1
            }
        }

        mutating func number() throws(JSONSyntaxError) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, first.isDigit else { throw failure("expected a digit") }
            index += 1
            if first != UInt8(ascii: "0") { while current?.isDigit == true { index += 1 } }
            if current == UInt8(ascii: ".") {
                index += 1
                guard current?.isDigit == true else { throw failure("expected a digit after the decimal point") }
                while current?.isDigit == true { index += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard current?.isDigit == true else { throw failure("expected a digit in the exponent") }
                while current?.isDigit == true { index += 1 }
            }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }
}

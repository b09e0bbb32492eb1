/// How the bytes of a text file were turned into text.
public enum TextEncodingGuess: String, Sendable, Equatable {
    case utf8, utf8BOM, utf16LE, utf16BE, windows1252
}

/// Why the bytes of a file could not be read as text.
public enum TextDecodingError: Error, Equatable, Sendable {
    /// A NUL byte in the first 8 KiB (without a UTF-16 BOM): a binary file.
    case binary
}

/// Turns the raw bytes of a text file into a `String`, guessing the encoding.
public enum TextDecoding {
    /// How many leading bytes are searched for a NUL byte when sniffing for binary data.
    static let binarySniffLength = 8192

    /// Decodes file bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else Windows-1252
    /// (a superset of Latin-1 for printable text; the 5 undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D
    /// map to U+0081… like Latin-1).
    ///
    /// Line ends CRLF and lone CR become LF. The BOM is dropped. Decoding never fails for
    /// non-binary data: invalid UTF-8 without a BOM makes the whole file Windows-1252; invalid
    /// UTF-8 after a UTF-8 BOM and unpaired UTF-16 surrogates become U+FFFD.
    ///
    /// - Throws: ``TextDecodingError/binary`` when a NUL byte occurs in the first 8192 bytes
    ///   and the data does not start with a UTF-16 BOM.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> (text: String, encoding: TextEncodingGuess) {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (decodeUTF16(bytes.dropFirst(2), bigEndian: false), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (decodeUTF16(bytes.dropFirst(2), bigEndian: true), .utf16BE)
        }
        if bytes.prefix(binarySniffLength).contains(0) {
            throw .binary
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // The BOM is strong evidence of UTF-8, so damaged sequences are repaired, not re-guessed.
            let body = normalizingLineEnds(bytes.dropFirst(3))
            return (String(decoding: body, as: UTF8.self), .utf8BOM)
        }
        // CR and LF are ASCII, so normalising first never changes whether the bytes are valid UTF-8.
        let body = normalizingLineEnds(bytes[...])
        if let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8)
        }
        return (decodeWindows1252(body), .windows1252)
    }
}

// MARK: - Line ends

extension TextDecoding {
    /// Returns the bytes with CRLF and lone CR replaced by LF; without a CR the input comes back uncopied.
    static func normalizingLineEnds(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.contains(0x0D) else { return bytes }
        return ArraySlice(normalizingLineEnds(copying: bytes))
    }

    /// Returns the bytes with CRLF and lone CR replaced by LF, always copying.
    static func normalizingLineEnds(copying bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                result.append(0x0A)
                previousWasCR = true
            } else {
                if !(previousWasCR && byte == 0x0A) { result.append(byte) }
                previousWasCR = false
            }
        }
        return result
    }
}

// MARK: - UTF-16

extension TextDecoding {
    /// Decodes UTF-16 bytes (BOM already removed) straight to UTF-8, normalising line ends on the way.
    ///
    /// Unpaired surrogates and an odd trailing byte become U+FFFD.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        var index = bytes.startIndex
        var previousWasCR = false

        /// The code unit starting at byte offset `at`; the caller guarantees two bytes are there.
        func unit(at offset: Int) -> UInt32 {
            let first = UInt32(bytes[offset]), second = UInt32(bytes[offset + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }

        while index + 1 < bytes.endIndex {
            var scalar = unit(at: index)
            index += 2
            switch scalar {
            case 0xD800...0xDBFF:
                if index + 1 < bytes.endIndex, case let low = unit(at: index), (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                    index += 2
                } else {
                    scalar = 0xFFFD
                }
            case 0xDC00...0xDFFF:
                scalar = 0xFFFD
            case 0x0A where previousWasCR:
                previousWasCR = false
                continue
            default:
                break
            }
            previousWasCR = scalar == 0x0D
            appendUTF8(previousWasCR ? 0x0A : scalar, to: &utf8)
        }
        if index < bytes.endIndex {
            appendUTF8(0xFFFD, to: &utf8)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value (not a surrogate) to a byte buffer.
    static func appendUTF8(_ scalar: UInt32, to utf8: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            utf8.append(UInt8(scalar))
        case 0x80..<0x800:
            utf8.append(UInt8(0xC0 | scalar >> 6))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            utf8.append(UInt8(0xE0 | scalar >> 12))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | scalar >> 18))
            utf8.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

// MARK: - Windows-1252

extension TextDecoding {
    /// The code points of bytes 0x80–0x9F in Windows-1252; the five undefined bytes keep their Latin-1 value.
    static let windows1252C1: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80–0x87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88–0x8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90–0x97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98–0x9F
    ]

    /// Decodes Windows-1252 bytes by transcoding each byte straight to UTF-8.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        for byte in bytes {
            switch byte {
            case 0x00..<0x80:
                utf8.append(byte)
            case 0x80..<0xA0:
                appendUTF8(UInt32(windows1252C1[Int(byte - 0x80)]), to: &utf8)
            default:
                appendUTF8(UInt32(byte), to: &utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// A link destination as cmark-gfm writes it into HTML's `href` (houdini's escaping): bytes that
/// are neither letters, digits nor URL punctuation are percent-encoded, so a Markdown link
/// numbers and opens the same URL whichever way it is read.
enum LinkDestination {
    /// Bytes written as they are: alphanumerics and `-_.+!*'(),%#@?=;:/&$~`.
    private static let safe: [Bool] = (0..<256).map { byte in
        guard byte < 0x80 else { return false }
        let scalar = Unicode.Scalar(UInt8(byte))
        return scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("0"..."9").contains(scalar) || "-_.+!*'(),%#@?=;:/&$~".unicodeScalars.contains(scalar)
    }

    static func href(_ url: String) -> String {
        if url.utf8.allSatisfy({ safe[Int($0)] }) { return url }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count * 3)
        for byte in url.utf8 {
            if safe[Int(byte)] {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import CLibXML2

/// Mends the two mistakes that make most broken feeds not well-formed: HTML's named entities
/// (`&nbsp;`, `&eacute;`), which XML does not define, become character references, and a bare
/// `&` becomes `&amp;`. Comments, CDATA sections, processing instructions and the DTD are left
/// as they are, and so are entities the document declares itself.
enum FeedEntityRepair {
    /// The mended bytes, or nil when there was nothing to mend.
    ///
    /// - Parameter predefinedAsCharacterReferences: also write XML's own five (`&amp;`, `&lt;`…)
    ///   as character references, for libxml2's recovery mode: once a document has an error it
    ///   drops every entity reference after it (xmlParseReference returns when the document is not
    ///   well-formed), but still reads character references.
    static func repair(_ bytes: [UInt8], predefinedAsCharacterReferences: Bool = false) -> [UInt8]? {
        let declared = declaredEntities(bytes)
        var output: [UInt8] = []
        var changed = false
        var copiedUpTo = 0
        var index = 0
        let count = bytes.count
        func skip(past terminator: [UInt8], from start: Int) -> Int {
            var position = start
            while position + terminator.count <= count {
                if bytes[position] == terminator[0], bytes[position..<(position + terminator.count)].elementsEqual(terminator) {
                    return position + terminator.count
                }
                position += 1
            }
            return count
        }
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < count {
                if starts(bytes, at: index, with: "<!--") {
                    index = skip(past: Array("-->".utf8), from: index + 4)
                } else if starts(bytes, at: index, with: "<![CDATA[") {
                    index = skip(past: Array("]]>".utf8), from: index + 9)
                } else if starts(bytes, at: index, with: "<?") {
                    index = skip(past: Array("?>".utf8), from: index + 2)
                } else if starts(bytes, at: index, with: "<!DOCTYPE") {
                    index = endOfDoctype(bytes, from: index)
                } else {
                    index += 1
                }
                continue
            }
            guard byte == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            let (replacement, length) = reference(bytes, at: index, declared: declared, predefinedAsCharacterReferences: predefinedAsCharacterReferences)
            if let replacement {
                output.append(contentsOf: bytes[copiedUpTo..<index])
                output.append(contentsOf: replacement)
                copiedUpTo = index + length
                changed = true
            }
            index += length
        }
        guard changed else { return nil }
        output.append(contentsOf: bytes[copiedUpTo..<count])
        return output
    }

    private static let xmlEntities: [String: Int] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39]

    /// What replaces the reference at `index` (nil: keep it) and how many bytes it spans.
    private static func reference(_ bytes: [UInt8], at index: Int, declared: Set<String>, predefinedAsCharacterReferences: Bool) -> ([UInt8]?, Int) {
        var end = index + 1
        let isNumeric = end < bytes.count && bytes[end] == UInt8(ascii: "#")
        if isNumeric { end += 1 }
        let nameStart = end
        while end < bytes.count, end - index < 40, isNameByte(bytes[end], numeric: isNumeric) { end += 1 }
        let terminated = end < bytes.count && bytes[end] == UInt8(ascii: ";") && end > nameStart
        let name = String(decoding: bytes[nameStart..<end], as: UTF8.self)
        guard terminated else {
            if !isNumeric, let value = legacyEntity(name), end == bytes.count || bytes[end] != UInt8(ascii: "=") {
                return (Array("&#\(value);".utf8), end - index)
            }
            return (Array("&amp;".utf8), 1)
        }
        if isNumeric, name.first == "X" { return (Array(("&#x" + name.dropFirst() + ";").utf8), end + 1 - index) }
        if !isNumeric, predefinedAsCharacterReferences, let value = xmlEntities[name] { return (Array("&#\(value);".utf8), end + 1 - index) }
        if isNumeric || xmlEntities[name] != nil || declared.contains(name) { return (nil, end + 1 - index) }
        guard let entity = name.withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) else {
            return (Array("&amp;".utf8), 1)
        }
        return (Array("&#\(entity.pointee.value);".utf8), end + 1 - index)
    }

    /// The value of an entity HTML reads without its semicolon ("Fish &amp chips", "&copy 2024"):
    /// the four of markup and Latin-1's, as browsers do; not before "=", where it is a URL's.
    private static func legacyEntity(_ name: String) -> UInt32? {
        guard !name.isEmpty, name.utf8.count <= 8 else { return nil }
        if let value = xmlEntities[name], name != "apos" { return UInt32(value) }
        guard let entity = name.withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }),
              (160...255).contains(entity.pointee.value) else { return nil }
        return entity.pointee.value
    }

    private static func isNameByte(_ byte: UInt8, numeric: Bool) -> Bool {
        let lower = byte | 0x20
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        if numeric { return lower == UInt8(ascii: "x") || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) }
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        let utf8 = prefix.utf8
        guard index + utf8.count <= bytes.count else { return false }
        return bytes[index..<(index + utf8.count)].elementsEqual(utf8)
    }

    /// The end of `<!DOCTYPE …>`, past its internal subset in brackets.
    private static func endOfDoctype(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return index + 1
            default: break
            }
            index += 1
        }
        return bytes.count
    }

    /// The names of `<!ENTITY name …>` declarations in the document's internal subset.
    private static func declaredEntities(_ bytes: [UInt8]) -> Set<String> {
        guard let doctype = firstIndex(of: Array("<!DOCTYPE".utf8), in: bytes) else { return [] }
        let end = endOfDoctype(bytes, from: doctype)
        let subset = String(decoding: bytes[doctype..<end], as: UTF8.self)
        var names: Set<String> = []
        for part in subset.components(separatedBy: "<!ENTITY").dropFirst() {
            let words = part.split(whereSeparator: \.isWhitespace)
            guard var name = words.first else { continue }
            if name == "%", words.count > 1 { name = words[1] }
            names.insert(String(name))
        }
        return names
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        for index in 0...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}

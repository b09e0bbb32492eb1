import CLibXML2

/// One piece of inline raw HTML in Markdown, as cmark-gfm hands it over: an open tag, a close
/// tag, or something that is no element (a comment, a declaration, a processing instruction).
struct InlineHTMLTag: Equatable {
    enum Kind: Equatable { case open, close, other }

    var kind: Kind
    var tag: HTMLTag = .other
    var attributes: [String: String] = [:]

    init(kind: Kind, tag: HTMLTag = .other, attributes: [String: String] = [:]) {
        self.kind = kind
        self.tag = tag
        self.attributes = attributes
    }

    /// Reads `<name attr="value" …>`, `</name>`; anything else is `.other`.
    init(_ literal: String) {
        var scalars = Substring(literal).unicodeScalars[...]
        guard scalars.first == "<" else { self.init(kind: .other); return }
        scalars.removeFirst()
        let closing = scalars.first == "/"
        if closing { scalars.removeFirst() }
        let name = String(String.UnicodeScalarView(scalars.prefix { Self.isNameScalar($0) })).lowercased()
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else {
            self.init(kind: .other)
            return
        }
        scalars = scalars.dropFirst(name.unicodeScalars.count)
        if closing { self.init(kind: .close, tag: HTMLTag(name: name)); return }
        self.init(kind: .open, tag: HTMLTag(name: name), attributes: Self.attributes(String(String.UnicodeScalarView(scalars))))
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// `name="value"`, `name='value'`, `name=value` and bare `name`; names in lower case, the
    /// first of a repeated name kept, character references in values decoded.
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        func skipSpace() { rest = rest.drop { $0.isWhitespace } }
        while true {
            skipSpace()
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            if name.isEmpty {
                guard let first = rest.first, first == "/" else { break }
                rest = rest.dropFirst()
                continue
            }
            rest = rest.dropFirst(name.count)
            skipSpace()
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                skipSpace()
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst().prefix { $0 != quote }
                    value = String(body)
                    rest = rest.dropFirst(body.count + 1).dropFirst()
                } else {
                    let body = rest.prefix { !$0.isWhitespace && $0 != ">" }
                    value = String(body)
                    rest = rest.dropFirst(body.count)
                }
            }
            let key = name.lowercased()
            if result[key] == nil { result[key] = decodeReferences(value) }
        }
        return result
    }

    /// Character references as an HTML parser reads them in an attribute: numeric ones, and
    /// named ones from HTML's table (libxml2's).
    static func decodeReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if !name.isEmpty, after.dropFirst(name.count).first == ";",
               let entity = String(name).withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }),
               let scalar = Unicode.Scalar(entity.pointee.value) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(name.count + 1)
            } else {
                let semicolon = after.prefix(12).firstIndex(of: ";")
                let reference = semicolon.map { String(rest[amp...$0]) } ?? "&"
                let decoded = EntityText.unescape(reference)
                result += decoded
                rest = semicolon.map { after[after.index(after: $0)...] } ?? after
            }
        }
        return result + rest
    }
}

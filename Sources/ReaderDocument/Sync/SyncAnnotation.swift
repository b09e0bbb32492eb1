/// A highlight as the W3C annotation of a sync record, written onto the annotation already in the
/// record so that fields and bodies this version does not know (tags as `tagging` bodies, say) are kept.
public enum SyncAnnotation {
    public static func id(_ object: [String: JSONValue]) -> String? { object["id"]?.string.map(bareID) }

    static func bareID(_ id: String) -> String { id.hasPrefix("urn:uuid:") ? String(id.dropFirst(9)) : id }

    public static func modified(_ object: [String: JSONValue]) -> Int64 {
        object["modified"]?.string.flatMap(SyncTime.milliseconds) ?? object["created"]?.string.flatMap(SyncTime.milliseconds) ?? 0
    }

    /// `highlight` written onto `existing` (the record's copy, or nothing).
    public static func object(_ highlight: Highlight, source: String, onto existing: [String: JSONValue] = [:]) -> [String: JSONValue] {
        var object = existing
        object["@context"] = .string(W3CAnnotations.context)
        object["id"] = .string("urn:uuid:" + highlight.id)
        object["type"] = .string("Annotation")
        object["created"] = .string(SyncTime.text(SyncTime.milliseconds(highlight.created)))
        object["modified"] = .string(SyncTime.text(SyncTime.milliseconds(highlight.modified)))
        object["motivation"] = .string(highlight.hasNote ? "commenting" : "highlighting")
        object["stylesheet"] = .object([
            "type": .string("CssStylesheet"),
            "value": .string(".\(highlight.color.rawValue) { background-color: \(highlight.color.css) }"),
        ])
        var target = existing["target"]?.object ?? [:]
        if target["source"] == nil { target["source"] = .string(W3CAnnotations.sourceIRI(source)) }
        target["styleClass"] = .string(highlight.color.rawValue)
        var selectors = (target["selector"]?.array ?? []).filter {
            let type = $0["type"]?.string
            return type != "TextQuoteSelector" && type != "TextPositionSelector"
        }
        selectors.insert(.object(["type": .string("TextPositionSelector"), "start": .int(highlight.start), "end": .int(highlight.end)]), at: 0)
        selectors.insert(.object([
            "type": .string("TextQuoteSelector"), "exact": .string(highlight.quote.exact),
            "prefix": .string(highlight.quote.prefix), "suffix": .string(highlight.quote.suffix),
        ]), at: 0)
        target["selector"] = .array(selectors)
        object["target"] = .object(target)
        object["body"] = body(note: highlight.hasNote ? highlight.note : nil, onto: existing["body"])
        return object
    }

    /// The note is the `commenting` TextualBody; other bodies are left as they are.
    static func body(note: String?, onto existing: JSONValue?) -> JSONValue? {
        func noteBody(_ base: [String: JSONValue]) -> JSONValue? {
            guard let note else { return nil }
            var body = base
            body["type"] = .string("TextualBody")
            body["value"] = .string(note)
            body["format"] = .string("text/plain")
            body["purpose"] = .string("commenting")
            return .object(body)
        }
        switch existing {
        case .array(let bodies)?:
            var others = bodies.filter { !isNoteBody($0) }
            if let body = noteBody(bodies.first(where: isNoteBody)?.object ?? [:]) { others.insert(body, at: 0) }
            return others.isEmpty ? nil : (others.count == 1 && note != nil ? others[0] : .array(others))
        case .object(let object)? where !isNoteBody(.object(object)):
            if let body = noteBody([:]) { return .array([body, .object(object)]) }
            return .object(object)
        case .object(let object)?:
            return noteBody(object)
        default:
            return noteBody([:])
        }
    }

    static func isNoteBody(_ body: JSONValue) -> Bool {
        guard let object = body.object else { return false }
        let purpose = object["purpose"]?.string
        return (purpose == nil || purpose == "commenting") && object["value"]?.string != nil
    }

    public static func note(_ object: [String: JSONValue]) -> String? {
        switch object["body"] {
        case .array(let bodies)?: return bodies.first(where: isNoteBody)?["value"]?.string
        case let body? where isNoteBody(body): return body["value"]?.string
        default: return nil
        }
    }

    static func withNote(_ object: [String: JSONValue], _ note: String?) -> [String: JSONValue] {
        var object = object
        object["body"] = body(note: note, onto: object["body"])
        object["motivation"] = .string((note ?? "").isEmpty ? "highlighting" : "commenting")
        return object
    }

    /// The highlight an annotation describes, for an article whose source path is `sourcePath`.
    public static func highlight(_ object: [String: JSONValue], sourcePath: String) -> Highlight? {
        guard let id = id(object), let target = object["target"]?.object else { return nil }
        let selectors = target["selector"]?.array ?? []
        guard let quote = selectors.first(where: { $0["type"]?.string == "TextQuoteSelector" }),
              let exact = quote["exact"]?.string else { return nil }
        let position = selectors.first { $0["type"]?.string == "TextPositionSelector" }
        let start = position?["start"]?.int ?? 0
        let end = position?["end"]?.int ?? start + exact.unicodeScalars.count
        let created = object["created"]?.string.flatMap(SyncTime.milliseconds) ?? modified(object)
        return Highlight(
            id: id, articleID: nil, sourcePath: sourcePath, start: start, end: end,
            quote: TextQuote(exact: exact, prefix: quote["prefix"]?.string ?? "", suffix: quote["suffix"]?.string ?? ""),
            color: target["styleClass"]?.string.flatMap(HighlightColor.init(rawValue:)) ?? .yellow,
            note: note(object), created: SyncTime.date(created), modified: SyncTime.date(modified(object)))
    }

    /// What a sync compares: the passage's quote, colour, note and time, not its offsets (found
    /// again in each machine's own text).
    public static func sameContent(_ a: Highlight, _ b: Highlight) -> Bool {
        a.quote == b.quote && a.color == b.color && (a.note ?? "") == (b.note ?? "")
            && SyncTime.milliseconds(a.modified) == SyncTime.milliseconds(b.modified)
    }
}

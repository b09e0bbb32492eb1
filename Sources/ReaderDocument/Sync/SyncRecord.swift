/// One article's file in the sync repository: its metadata, marks with the time each was set, and
/// its highlights and notes as W3C annotations, with tombstones for deleted ones.
///
/// The record is kept as the JSON it was read from: fields this version does not know (added by a
/// newer Reader: tags, an article note) stay in it untouched, at every level, and are written back.
///
///     { "format": 1, "key": "url:https://…", "article": {"title", "source", "url", "feed", "date", "contentHash"},
///       "marks": {"read": {"value": true, "at": "…"}, "starred": {…}, "position": {"value": {"block", "offset"}, "at": "…"}},
///       "annotations": [W3C Annotation…], "deleted": [{"id": "urn:uuid:…", "at": "…"}] }
public struct SyncRecord: Hashable, Sendable {
    public static let format = 1
    public var fields: [String: JSONValue]

    public init(fields: [String: JSONValue]) {
        self.fields = fields
    }

    public init(key: String) {
        fields = ["format": .int(Self.format), "key": .string(key)]
    }

    public init(json text: [UInt8]) throws(JSONValueError) {
        guard case .object(let fields) = try JSONValue.parse(text) else { throw JSONValueError(offset: 0, expected: "an object") }
        self.fields = fields
    }

    public var text: String { JSONValue.object(fields).rendered() }

    public var key: String { fields["key"]?.string ?? "" }

    public var article: [String: JSONValue] {
        get { fields["article"]?.object ?? [:] }
        set { fields["article"] = newValue.isEmpty ? nil : .object(newValue) }
    }

    // MARK: Marks

    public func mark(_ name: SyncMarkName) -> SyncMark? {
        guard let mark = fields["marks"]?[name.rawValue]?.object, let value = mark["value"],
              let at = mark["at"]?.string.flatMap(SyncTime.milliseconds) else { return nil }
        return SyncMark(value: value, at: at, extra: mark.filter { $0.key != "value" && $0.key != "at" })
    }

    public mutating func setMark(_ name: SyncMarkName, _ mark: SyncMark?) {
        var marks = fields["marks"]?.object ?? [:]
        if let mark {
            var object = mark.extra
            object["value"] = mark.value
            object["at"] = .string(SyncTime.text(mark.at))
            marks[name.rawValue] = .object(object)
        } else {
            marks[name.rawValue] = nil
        }
        fields["marks"] = marks.isEmpty ? nil : .object(marks)
    }

    // MARK: Annotations

    /// The annotations by highlight id (without "urn:uuid:").
    public var annotations: [String: [String: JSONValue]] {
        get {
            var byID: [String: [String: JSONValue]] = [:]
            for item in fields["annotations"]?.array ?? [] {
                if let object = item.object, let id = SyncAnnotation.id(object) { byID[id] = object }
            }
            return byID
        }
        set {
            let items = newValue.keys.sorted().map { JSONValue.object(newValue[$0]!) }
            fields["annotations"] = items.isEmpty ? nil : .array(items)
        }
    }

    /// Deleted highlights: id to when.
    public var deleted: [String: Int64] {
        get {
            var byID: [String: Int64] = [:]
            for item in fields["deleted"]?.array ?? [] {
                guard let id = item["id"]?.string.map(SyncAnnotation.bareID), let at = item["at"]?.string.flatMap(SyncTime.milliseconds) else { continue }
                byID[id] = max(byID[id] ?? .min, at)
            }
            return byID
        }
        set {
            let items = newValue.keys.sorted().map { id in
                JSONValue.object(["id": .string("urn:uuid:" + id), "at": .string(SyncTime.text(newValue[id]!))])
            }
            fields["deleted"] = items.isEmpty ? nil : .array(items)
        }
    }
}

public enum SyncMarkName: String, CaseIterable, Sendable {
    case read, starred, position
}

/// A mark's value and when it was set; the later one wins a merge.
public struct SyncMark: Hashable, Sendable {
    public var value: JSONValue
    public var at: Int64
    /// Fields of the mark this version does not know.
    public var extra: [String: JSONValue]

    public init(value: JSONValue, at: Int64, extra: [String: JSONValue] = [:]) {
        self.value = value
        self.at = at
        self.extra = extra
    }

    /// The later mark; at the same millisecond, the larger value, so every machine picks the same.
    public static func later(_ a: SyncMark?, _ b: SyncMark?) -> SyncMark? {
        guard let a else { return b }
        guard let b else { return a }
        if a.at != b.at { return a.at > b.at ? a : b }
        return a.value.rendered() >= b.value.rendered() ? a : b
    }

    public static func position(block: Int, offset: Int, at: Int64) -> SyncMark {
        SyncMark(value: .object(["block": .int(block), "offset": .int(offset)]), at: at)
    }

    public var position: (block: Int, offset: Int)? {
        guard let block = value["block"]?.int, let offset = value["offset"]?.int else { return nil }
        return (block, offset)
    }
}

/// The merge of two versions of a record that both changed since their common version `base`
/// (git's merge base), done by Reader rather than by git's line merge, so there are never conflict
/// markers. Rules: marks take the later time per field; annotations are a union by id in which a
/// deletion (tombstone) wins over every copy not changed after it; an annotation changed on both
/// sides merges field by field, the later change winning a clash, and a note edited on both keeps
/// both texts, the older one after "(edited elsewhere)". Other fields merge key by key the same way.
/// The result does not depend on which side is "ours".
public enum SyncMerge {
    public static let editedElsewhere = "(edited elsewhere)"

    public static func merge(base: SyncRecord?, ours: SyncRecord, theirs: SyncRecord) -> SyncRecord {
        if ours == theirs { return ours }
        var fields: [String: JSONValue] = [:]
        let keys = Set(ours.fields.keys).union(theirs.fields.keys).union(base?.fields.keys ?? [String: JSONValue]().keys)
        for key in keys where !["marks", "annotations", "deleted"].contains(key) {
            fields[key] = threeWay(base?.fields[key], ours.fields[key], theirs.fields[key], newerFirst: nil)
        }
        var result = SyncRecord(fields: fields)
        // Marks this version does not know merge as other fields; known ones by time.
        let unknownMarks = threeWay(
            base?.fields["marks"].map(withoutKnownMarks), ours.fields["marks"].map(withoutKnownMarks),
            theirs.fields["marks"].map(withoutKnownMarks), newerFirst: nil)
        if let unknownMarks, unknownMarks.object?.isEmpty == false { result.fields["marks"] = unknownMarks }
        for name in SyncMarkName.allCases {
            result.setMark(name, SyncMark.later(ours.mark(name), theirs.mark(name)))
        }
        let (annotations, deleted) = mergeAnnotations(
            base: base?.annotations ?? [:], ours: ours.annotations, theirs: theirs.annotations,
            deleted: ours.deleted.merging(theirs.deleted, uniquingKeysWith: max))
        result.annotations = annotations
        result.deleted = deleted
        return result
    }

    static func withoutKnownMarks(_ marks: JSONValue) -> JSONValue {
        .object((marks.object ?? [:]).filter { SyncMarkName(rawValue: $0.key) == nil })
    }

    static func mergeAnnotations(
        base: [String: [String: JSONValue]], ours: [String: [String: JSONValue]], theirs: [String: [String: JSONValue]],
        deleted: [String: Int64]
    ) -> ([String: [String: JSONValue]], [String: Int64]) {
        var result: [String: [String: JSONValue]] = [:]
        var deleted = deleted
        for id in Set(ours.keys).union(theirs.keys) {
            let live: [String: JSONValue]
            switch (ours[id], theirs[id]) {
            case let (mine?, other?): live = mergeAnnotation(base: base[id], mine, other)
            case let (mine?, nil): live = mine
            case let (nil, other?): live = other
            case (nil, nil): continue
            }
            if let tombstone = deleted[id] {
                if SyncAnnotation.modified(live) <= tombstone { continue }
                // Brought back (changed) after it was deleted.
                deleted[id] = nil
            }
            result[id] = live
        }
        return (result, deleted)
    }

    /// Two versions of one annotation.
    public static func mergeAnnotation(base: [String: JSONValue]?, _ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String: JSONValue] {
        if a == b { return a }
        if let base {
            if a == base { return b }
            if b == base { return a }
        }
        let (newer, older) = isNewer(a, than: b) ? (a, b) : (b, a)
        var merged: [String: JSONValue] = [:]
        for key in Set(a.keys).union(b.keys).union(base?.keys ?? [String: JSONValue]().keys) where key != "body" && key != "motivation" {
            merged[key] = threeWay(base?[key], newer[key], older[key], newerFirst: true)
        }
        merged["modified"] = newer["modified"]
        merged["body"] = threeWay(base?["body"], newer["body"], older["body"], newerFirst: true)
        let baseNote = base.flatMap(SyncAnnotation.note)
        let newerNote = SyncAnnotation.note(newer)
        let olderNote = SyncAnnotation.note(older)
        var note: String?
        if newerNote == olderNote || olderNote == baseNote {
            note = newerNote
        } else if newerNote == baseNote {
            note = olderNote
        } else {
            note = combined(newerNote, olderNote)
        }
        return SyncAnnotation.withNote(merged, note)
    }

    /// Both texts of a note edited on two machines: the later one first.
    static func combined(_ newer: String?, _ older: String?) -> String? {
        let newer = newer ?? "", older = older ?? ""
        if older.isEmpty || newer.contains("\(editedElsewhere) \(older)") { return newer.isEmpty ? nil : newer }
        if newer.isEmpty { return older }
        return newer + "\n\n" + editedElsewhere + " " + older
    }

    /// By modified time; at the same millisecond, by their text, so both machines agree.
    static func isNewer(_ a: [String: JSONValue], than b: [String: JSONValue]) -> Bool {
        let (ma, mb) = (SyncAnnotation.modified(a), SyncAnnotation.modified(b))
        if ma != mb { return ma > mb }
        return JSONValue.object(a).rendered() > JSONValue.object(b).rendered()
    }

    /// A value changed on one side takes that side's; changed on both, objects merge key by key and
    /// anything else takes the newer side's (`newerFirst`: `a` is the newer), or, with no order,
    /// the larger value, so that both machines choose the same.
    static func threeWay(_ base: JSONValue?, _ a: JSONValue?, _ b: JSONValue?, newerFirst: Bool?) -> JSONValue? {
        if a == b { return a }
        if a == base { return b }
        if b == base { return a }
        if case .object(let left)? = a, case .object(let right)? = b {
            var merged: [String: JSONValue] = [:]
            for key in Set(left.keys).union(right.keys) {
                merged[key] = threeWay(base?[key], left[key], right[key], newerFirst: newerFirst)
            }
            return .object(merged)
        }
        guard let a else { return b }
        guard let b else { return a }
        if newerFirst == true { return a }
        return a.rendered() >= b.rendered() ? a : b
    }
}

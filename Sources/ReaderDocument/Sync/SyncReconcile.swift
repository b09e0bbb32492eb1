/// What the library holds of one article for a sync: its metadata, marks with their times, its
/// highlights, and the highlights deleted from it (tombstones).
public struct SyncLocalArticle: Equatable, Sendable {
    public var key: String
    /// The article's metadata, empty when the library has no such article (only orphaned highlights).
    public var article: [String: JSONValue]
    /// The source path highlights of the article are stored under, nil when it is not in the library.
    public var sourcePath: String?
    public var marks: [SyncMarkName: SyncMark]
    public var highlights: [String: Highlight]
    public var tombstones: [String: Int64]

    public init(
        key: String, article: [String: JSONValue] = [:], sourcePath: String? = nil, marks: [SyncMarkName: SyncMark] = [:],
        highlights: [String: Highlight] = [:], tombstones: [String: Int64] = [:]
    ) {
        self.key = key
        self.article = article
        self.sourcePath = sourcePath
        self.marks = marks
        self.highlights = highlights
        self.tombstones = tombstones
    }
}

/// What a reconciliation asks of the library.
public struct SyncLibraryChanges: Equatable, Sendable {
    public var marks: [SyncMarkName: SyncMark] = [:]
    /// Highlights to add or replace (with the record's times).
    public var upserts: [Highlight] = []
    /// Highlights to delete, with the time of their deletion for the tombstone.
    public var deletions: [String: Int64] = [:]

    public init() {}

    public var isEmpty: Bool { marks.isEmpty && upserts.isEmpty && deletions.isEmpty }
}

/// Brings an article's record and its state in the library together, in both directions: each mark
/// and each highlight takes the newer of the two (the record's at the same millisecond), and a
/// deletion wins over every copy not changed after it. Fields of the record this version does not
/// know are kept.
public enum SyncReconcile {
    public static func reconcile(_ local: SyncLocalArticle, record existing: SyncRecord?) -> (record: SyncRecord, library: SyncLibraryChanges) {
        var record = existing ?? SyncRecord(key: local.key)
        var changes = SyncLibraryChanges()
        if record.fields["format"] == nil { record.fields["format"] = .int(SyncRecord.format) }
        var article = record.article
        for (name, value) in local.article where article[name] == nil { article[name] = value }
        record.article = article

        for name in SyncMarkName.allCases {
            let mine = local.marks[name], theirs = record.mark(name)
            guard let winner = newer(mine, theirs) else { continue }
            if winner.value != theirs?.value || winner.at != theirs?.at {
                record.setMark(name, SyncMark(value: winner.value, at: winner.at, extra: theirs?.extra ?? [:]))
            }
            if winner.value != mine?.value || winner.at != mine?.at { changes.marks[name] = winner }
        }

        var annotations = record.annotations
        var deleted = record.deleted
        let source = local.sourcePath ?? record.article["source"]?.string ?? local.key
        let ids = Set(local.highlights.keys).union(annotations.keys).union(local.tombstones.keys).union(deleted.keys)
        for id in ids {
            let mine = local.highlights[id]
            let theirs = annotations[id]
            let tombstone = [local.tombstones[id], deleted[id]].compactMap { $0 }.max()
            let mineModified = mine.map { SyncTime.milliseconds($0.modified) }
            let theirsModified = theirs.map(SyncAnnotation.modified)
            let liveModified = [mineModified, theirsModified].compactMap { $0 }.max()
            if let tombstone, liveModified.map({ $0 <= tombstone }) ?? true {
                annotations[id] = nil
                deleted[id] = tombstone
                if mine != nil || local.tombstones[id] != tombstone { changes.deletions[id] = tombstone }
                continue
            }
            deleted[id] = nil
            if let mine, theirsModified.map({ mineModified! > $0 }) ?? true {
                annotations[id] = SyncAnnotation.object(mine, source: source, onto: theirs ?? [:])
            } else if let theirs, let highlight = SyncAnnotation.highlight(theirs, sourcePath: source) {
                if mine.map({ !SyncAnnotation.sameContent($0, highlight) }) ?? true { changes.upserts.append(highlight) }
            }
        }
        record.annotations = annotations
        record.deleted = deleted
        changes.upserts.sort { $0.id < $1.id }
        return (record, changes)
    }

    /// The newer mark; the record's (`theirs`) at the same time.
    static func newer(_ mine: SyncMark?, _ theirs: SyncMark?) -> SyncMark? {
        guard let mine else { return theirs }
        guard let theirs else { return mine }
        return mine.at > theirs.at ? mine : theirs
    }
}

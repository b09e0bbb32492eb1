import Foundation
import ReaderDocument

/// What a sync did.
public struct SyncReport: Equatable, Sendable {
    /// Records written from this library.
    public var sent = 0
    /// Records received from the remote (and applied to this library).
    public var received = 0
    public var merged = false
    public var pushed = false
    public var hasRemote = true

    public init() {}

    public var summary: String {
        if sent == 0 && received == 0 && !pushed { return hasRemote ? "Sync: up to date" : "Sync: up to date (no remote)" }
        var parts: [String] = []
        if sent > 0 { parts.append("sent \(sent) article\(sent == 1 ? "" : "s")") }
        if received > 0 { parts.append("received \(received)") }
        if parts.isEmpty { parts.append("pushed") }
        return "Sync: " + parts.joined(separator: ", ") + (hasRemote ? "" : " (no remote: committed locally)")
    }
}

/// `reader sync`: the library and its sync repository brought together, then the repository and
/// its remote, in steps each of which a kill can interrupt: the next sync finds where it stopped.
///
/// 1. Take the repository's lock, drop git's stale locks, and reset the working tree to HEAD when
///    a killed sync left records written but not committed.
/// 2. Apply any commit not yet applied to the library (a sync killed after its merge).
/// 3. Export: reconcile each article changed since the last sync with its record; commit. Then, in
///    one library transaction, what the records had that was newer, the new marker and HEAD.
/// 4. Fetch; fast-forward, or merge record by record (never git's line merge) into a merge commit.
/// 5. Apply the records that came in, with HEAD as applied, in one library transaction.
/// 6. Push (a push refused because the remote moved on goes back to 4).
public final class LibrarySyncRun {
    public let store: LibraryStore
    public private(set) var repository: SyncRepository
    let clock: @Sendable () -> Int64

    public static let stateDirectory = "sync.dir"
    public static let stateExported = "sync.exported"
    public static let stateApplied = "sync.applied"

    public init(store: LibraryStore, directory: String, git: any GitRunning, clock: @escaping @Sendable () -> Int64 = { SyncTime.milliseconds(Date()) }) {
        self.store = store
        repository = SyncRepository(directory: (directory as NSString).standardizingPath, git: git)
        self.clock = clock
    }

    /// The sync folder beside a library: `…/reader/sync` for `…/reader/library.sqlite`.
    public static func defaultDirectory(library: String) -> String {
        ((library as NSString).deletingLastPathComponent as NSString).appendingPathComponent("sync")
    }

    // MARK: init

    /// Creates the repository (or adds a remote to one without). Nothing is exported yet.
    public func initialize(remote: String?) throws(SyncError) -> String {
        let directory = repository.directory
        if repository.isRepository {
            guard let remote else { throw .alreadyInitialized(directory) }
            if try repository.hasRemote {
                try repository.run(["remote", "set-url", "origin", remote])
            } else {
                try repository.run(["remote", "add", "origin", remote])
            }
            return "\(directory): remote set to \(remote)"
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .library("cannot create \(directory): \((error as NSError).localizedDescription)")
        }
        try repository.run(["init", "-q", "-b", SyncRepository.branch])
        if try repository.attempt(["config", "user.email"]).status != 0 {
            try repository.run(["config", "user.name", "Reader"])
            try repository.run(["config", "user.email", "reader@" + (ProcessInfo.processInfo.hostName.isEmpty ? "localhost" : ProcessInfo.processInfo.hostName)])
        }
        if let remote { try repository.run(["remote", "add", "origin", remote]) }
        return "Created the sync repository \(directory)" + (remote.map { " with the remote \($0)" } ?? "")
    }

    // MARK: sync

    public func sync() throws(SyncError) -> SyncReport {
        guard repository.isRepository else { throw .notInitialized(repository.directory) }
        let lock = try SyncLock(path: repository.directory + "/.git/reader-sync.lock")
        repository.lock = lock.descriptor
        defer {
            repository.lock = nil
            lock.release()
        }
        repository.removeStaleLocks()
        var report = SyncReport()
        report.hasRemote = repository.hasOriginInConfig
        var head = try repository.references().head
        if repository.isDirty {
            // The last sync was killed while writing records: they are made again from the library.
            if head != nil { try repository.run(["reset", "-q", "--hard"]) }
            try repository.run(["clean", "-q", "-f", "-d"])
        }
        if head == nil, report.hasRemote {
            // A new repository for a remote that has records: start from them.
            try fetch()
            if try repository.references().remote != nil {
                repository.markDirty()
                try repository.run(["checkout", "-q", "-f", "-B", SyncRepository.branch, SyncRepository.remoteBranch])
                head = try repository.references().head
            }
        }
        repository.markClean()
        try checkFormat()
        let sameRepository = store.syncState(Self.stateDirectory) == repository.directory
        var applied = sameRepository ? store.syncState(Self.stateApplied) : nil
        let exported = sameRepository ? store.syncState(Self.stateExported).flatMap { Int64($0) } : nil

        if let head, applied != head {
            report.received += try apply(from: applied, to: head)
            applied = head
        }
        let start = clock()
        report.sent = try export(since: exported, start: start, head: head, applied: applied)
        guard report.hasRemote else { return report }
        for attempt in 1...4 {
            try fetch()
            let references = try repository.references()
            if references.head == references.remote { break }
            report.received += try integrate(&report, head: references.head, remote: references.remote)
            let now = try repository.references()
            guard let local = now.head, local != now.remote else { break }
            let push = try repository.attempt(["push", "-q", "origin", "HEAD:refs/heads/" + SyncRepository.branch])
            if push.status == 0 {
                report.pushed = true
                _ = try? repository.attempt(["update-ref", SyncRepository.remoteBranch, local])
                break
            }
            let message = SyncRepository.firstLines(push.stderr)
            let movedOn = ["fetch first", "non-fast-forward", "rejected"].contains { push.stderr.contains($0) }
                && !push.stderr.contains("hook declined") && !push.stderr.contains("pre-receive")
            if !movedOn || attempt == 4 { throw .remoteRefused(message) }
        }
        return report
    }

    func fetch() throws(SyncError) {
        let output = try repository.attempt(["fetch", "-q", "origin"])
        if output.status != 0 { throw .remoteUnreachable(SyncRepository.firstLines(output.stderr)) }
    }

    /// A repository written by a newer Reader with another layout is not touched.
    func checkFormat() throws(SyncError) {
        guard let bytes = repository.read("format.json"), let value = try? JSONValue.parse(bytes) else { return }
        if let format = value["format"]?.int, format > SyncRecord.format {
            throw .library("\(repository.directory) was written by a newer Reader (sync format \(format)); update Reader to sync with it")
        }
    }

    // MARK: Export

    /// Reconciles the articles changed since `since` with their records, commits, and stores what
    /// the records had that was newer.
    func export(since: Int64?, start: Int64, head: String?, applied: String?) throws(SyncError) -> Int {
        let changed: Set<String>?
        do { changed = try store.syncChangedKeys(since: since) } catch { throw .library(error.description) }
        if let changed, changed.isEmpty { return 0 }
        let snapshot: LibrarySyncSnapshot
        do { snapshot = try store.syncSnapshot() } catch { throw .library(error.description) }
        let keys = changed ?? Set(snapshot.articles.keys)
        var written: [String] = []
        var libraryChanges: [(key: String, record: SyncRecord, changes: SyncLibraryChanges)] = []
        for key in keys.sorted() {
            let path = SyncArticleKey.path(key: key)
            let existingBytes = repository.read(path)
            let existing = existingBytes.flatMap { try? SyncRecord(json: $0) }
            let (record, changes) = SyncReconcile.reconcile(snapshot.local(key), record: existing)
            if !changes.isEmpty { libraryChanges.append((key, record, changes)) }
            if record != existing || existing == nil {
                let bytes = Array(record.text.utf8)
                if bytes != existingBytes {
                    try repository.write(path, bytes)
                    written.append(path)
                }
            }
        }
        if repository.read("format.json") == nil {
            try repository.write("format.json", Array(JSONValue.object(["format": .int(SyncRecord.format), "layout": .string(
                "articles/XX/<digest of the article key>.json: one record per article (W3C annotations, marks with times)")]).rendered().utf8))
            written.append("format.json")
        }
        var newHead = head
        if !written.isEmpty {
            try repository.run(["add", "-A", "--", "."])
            try repository.run(["commit", "-q", "--no-verify", "-m", "Reader: \(written.count) record\(written.count == 1 ? "" : "s") from \(ProcessInfo.processInfo.hostName)"])
            newHead = try repository.references().head
        }
        repository.markClean()
        var state = [Self.stateExported: String(start), Self.stateDirectory: repository.directory]
        // The commit just made holds this library's own state: nothing in it to apply here.
        if applied == head, let newHead { state[Self.stateApplied] = newHead }
        do { try store.applySync(libraryChanges, snapshot: snapshot, state: state) } catch { throw .library(error.description) }
        return written.filter { $0 != "format.json" }.count
    }

    // MARK: Merge

    /// Brings the fetched remote branch in: a fast-forward, or a merge commit made record by record.
    /// Returns the records applied to the library.
    func integrate(_ report: inout SyncReport, head: String?, remote: String?) throws(SyncError) -> Int {
        guard let remote else { return 0 }
        guard let head else {
            repository.markDirty()
            try repository.run(["checkout", "-q", "-f", "-B", SyncRepository.branch, SyncRepository.remoteBranch])
            repository.markClean()
            return try apply(from: nil, to: remote)
        }
        if head == remote { return 0 }
        let baseOutput = try repository.attempt(["merge-base", head, remote])
        let base = baseOutput.status == 0 ? baseOutput.text : nil
        if base == remote { return 0 }
        if base == head {
            repository.markDirty()
            try repository.run(["merge", "-q", "--ff-only", SyncRepository.remoteBranch])
            repository.markClean()
            return try apply(from: head, to: remote)
        }
        let ours = Set(try repository.changedFiles(from: base, to: head))
        let theirs = try repository.changedFiles(from: base, to: remote)
        var specs: [String] = []
        for path in theirs {
            specs.append(remote + ":" + path)
            if ours.contains(path) {
                specs.append(head + ":" + path)
                if let base { specs.append(base + ":" + path) }
            }
        }
        let contents = try repository.contents(specs)
        for path in theirs {
            guard let theirsBytes = contents[remote + ":" + path] else { continue }
            guard ours.contains(path), let oursBytes = contents[head + ":" + path] else {
                try repository.write(path, theirsBytes)
                continue
            }
            let baseBytes = base.flatMap { contents[$0 + ":" + path] }
            try repository.write(path, Self.merged(path: path, base: baseBytes, ours: oursBytes, theirs: theirsBytes))
        }
        try repository.run(["add", "-A", "--", "."])
        let tree = try repository.run(["write-tree"]).text
        let commit = try repository.run(["commit-tree", tree, "-p", head, "-p", remote, "-m", "Reader: merge"]).text
        try repository.run(["update-ref", "-m", "reader sync: merge", "refs/heads/" + SyncRepository.branch, commit, head])
        repository.markClean()
        report.merged = true
        return try apply(from: head, to: commit)
    }

    /// One file changed on both sides: records merge by their rules; any other file keeps ours
    /// unless only theirs changed.
    static func merged(path: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> [UInt8] {
        if ours == theirs { return ours }
        if let base, ours == base { return theirs }
        if let base, theirs == base { return ours }
        guard path.hasPrefix("articles/"), let mine = try? SyncRecord(json: ours), let other = try? SyncRecord(json: theirs) else {
            return ours.lexicographicallyPrecedes(theirs) ? theirs : ours
        }
        let common = base.flatMap { try? SyncRecord(json: $0) }
        return Array(SyncMerge.merge(base: common, ours: mine, theirs: other).text.utf8)
    }

    // MARK: Apply

    /// Applies the records changed between two commits (all of `to`'s when `from` is nil or gone)
    /// to the library, and stores `to` as applied in the same transaction.
    func apply(from: String?, to: String) throws(SyncError) -> Int {
        var paths: [String]
        if let from, let changed = try? repository.changedFiles(from: from, to: to) {
            paths = changed
        } else {
            // The last applied commit is gone (the repository was made again): every record.
            paths = try repository.changedFiles(from: nil, to: to)
        }
        paths = paths.filter { $0.hasPrefix("articles/") && $0.hasSuffix(".json") }
        var records: [SyncRecord] = []
        for path in paths {
            // The working tree is `to` here; a record that cannot be read is left alone.
            guard let bytes = repository.read(path), let record = try? SyncRecord(json: bytes), !record.key.isEmpty else { continue }
            records.append(record)
        }
        var changes: [(key: String, record: SyncRecord, changes: SyncLibraryChanges)] = []
        let snapshot: LibrarySyncSnapshot
        do { snapshot = records.isEmpty ? LibrarySyncSnapshot() : try store.syncSnapshot() } catch { throw .library(error.description) }
        for record in records {
            let (_, change) = SyncReconcile.reconcile(snapshot.local(record.key), record: record)
            if !change.isEmpty { changes.append((record.key, record, change)) }
        }
        do {
            try store.applySync(changes, snapshot: snapshot, state: [Self.stateApplied: to, Self.stateDirectory: repository.directory])
        } catch { throw .library(error.description) }
        return changes.count
    }
}

/// An exclusive lock on a file, held until released or the process ends (so a killed sync never
/// leaves it held).
final class SyncLock {
    private(set) var descriptor: Int32

    /// Waits up to `patience` seconds for a sync still running (or the git a killed one started).
    init(path: String, patience: Double = 20) throws(SyncError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .library("cannot open \(path): \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                close(descriptor)
                throw .busy(((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent)
            }
            usleep(20_000)
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

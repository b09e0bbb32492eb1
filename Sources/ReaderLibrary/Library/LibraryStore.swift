import Foundation
import GRDB

/// Why the library could not be used.
public enum LibraryError: Error, CustomStringConvertible, Equatable {
    case notALibrary(path: String)
    case cannotOpen(path: String, reason: String)
    case readOnly(path: String)
    case failed(String)

    public var description: String {
        switch self {
        case .notALibrary(let path):
            return "\(path) is not a Reader library (not an SQLite database); it was left untouched"
        case .cannotOpen(let path, let reason): return "cannot open the library \(path): \(reason)"
        case .readOnly(let path): return "the library \(path) is read-only here; changes are not saved"
        case .failed(let reason): return "library error: \(reason)"
        }
    }
}

/// The library database: articles, reading state, entities and full-text search, in SQLite (WAL).
///
/// Every change is its own transaction, committed at once, so a killed process loses at most the
/// change in flight.
public final class LibraryStore: Sendable {
    public let path: String
    public let isReadOnly: Bool
    let database: any DatabaseWriter

    private init(path: String, isReadOnly: Bool, database: any DatabaseWriter) {
        self.path = path
        self.isReadOnly = isReadOnly
        self.database = database
        OpenLibraries.opened(path)
    }

    deinit {
        OpenLibraries.closed(path)
    }

    /// Opens (creating when missing) the library at `path`. The folder is made 0700 and the file 0600.
    /// A file that is not SQLite is refused before SQLite touches it.
    /// `readOnly` opens an existing library without writing (also what happens when it is not writable).
    public static func open(path: String, readOnly: Bool = false) throws(LibraryError) -> LibraryStore {
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
            do {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create \(folder) (\(Self.reason(error)))")
            }
        }
        let exists = fileManager.fileExists(atPath: path)
        // Reading the header through a file handle of our own is safe only while this process has no
        // connection to the file: closing any descriptor of a file drops every POSIX lock the process
        // holds on it, SQLite's too, and another process could then checkpoint under our
        // connections (the corruption of sqlite.org/howtocorrupt.html, 2.2). Once open, it was checked.
        if exists, !OpenLibraries.isOpen(path), !Self.looksLikeSQLite(path) { throw .notALibrary(path: path) }
        let writable = !readOnly && (exists ? fileManager.isWritableFile(atPath: path) && fileManager.isWritableFile(atPath: folder.isEmpty ? "." : folder)
            : fileManager.isWritableFile(atPath: folder.isEmpty ? "." : folder))
        do {
            if writable {
                var configuration = Configuration()
                configuration.busyMode = .timeout(5)
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
                // SQLite gives the -wal and -shm files the main file's mode: a new library is made
                // private before SQLite opens it, and those of an older library are made so too.
                if !exists { _ = fileManager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) }
                let pool = try DatabasePool(path: path, configuration: configuration)
                for companion in [path + "-wal", path + "-shm"] where fileManager.fileExists(atPath: companion) {
                    chmod(companion, 0o600)
                }
                try LibrarySchema.migrator.migrate(pool)
                return LibraryStore(path: path, isReadOnly: false, database: pool)
            }
            guard exists else { throw LibraryError.cannotOpen(path: path, reason: "the folder is not writable") }
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let applied = try queue.read { try LibrarySchema.migrator.hasCompletedMigrations($0) }
            guard applied else { throw LibraryError.readOnly(path: path) }
            return LibraryStore(path: path, isReadOnly: true, database: queue)
        } catch let error as LibraryError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notALibrary(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// An empty file is fine (SQLite starts it); anything else must start with the SQLite header.
    static func looksLikeSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\u{0}".utf8)
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return (error as NSError).localizedDescription
    }

    /// Runs a write, turning a read-only library or database failure into `LibraryError`.
    func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        guard !isReadOnly else { throw .readOnly(path: path) }
        do {
            return try database.write(body)
        } catch {
            throw .failed(Self.reason(error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw .failed(Self.reason(error))
        }
    }

    /// Caps the database at `pages` pages, so writes beyond it fail as on a full disk (tests).
    func limitSize(pages: Int) throws {
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    public func integrityCheck() throws(LibraryError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}

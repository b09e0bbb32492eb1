import Foundation

/// The sync repository's working tree and the git commands sync uses on it.
public struct SyncRepository: Sendable {
    public let directory: String
    let git: any GitRunning
    /// The sync lock, passed on to every git this sync runs.
    var lock: Int32?
    public static let branch = "main"
    public static let remoteBranch = "refs/remotes/origin/main"

    public init(directory: String, git: any GitRunning) {
        self.directory = directory
        self.git = git
    }

    public var isRepository: Bool { FileManager.default.fileExists(atPath: directory + "/.git") }

    /// Runs git; a failure is an error naming the command and what git said.
    @discardableResult
    func run(_ arguments: [String], input: Data? = nil) throws(SyncError) -> GitOutput {
        let output = try git.run(arguments, in: directory, input: input, holding: lock)
        guard output.status == 0 else {
            throw .gitFailed(command: arguments.first ?? "", message: Self.firstLines(output.stderr))
        }
        return output
    }

    func attempt(_ arguments: [String]) throws(SyncError) -> GitOutput { try git.run(arguments, in: directory, input: nil, holding: lock) }

    static func firstLines(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.prefix(3).joined(separator: "; ")
    }

    func revision(_ reference: String) throws(SyncError) -> String? {
        let output = try attempt(["rev-parse", "--verify", "-q", reference + "^{commit}"])
        return output.status == 0 ? output.text : nil
    }

    var hasRemote: Bool {
        get throws(SyncError) { try attempt(["remote"]).text.split(separator: "\n").contains("origin") }
    }

    /// The local branch's and the fetched remote branch's commits, through one git call.
    func references() throws(SyncError) -> (head: String?, remote: String?) {
        let output = try run(["for-each-ref", "--format=%(objectname) %(refname)", "refs/heads/" + Self.branch, Self.remoteBranch])
        var head: String?, remote: String?
        for line in output.text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1] == "refs/heads/" + Self.branch { head = parts[0] } else if parts[1] == Self.remoteBranch { remote = parts[0] }
        }
        return (head, remote)
    }

    /// Whether the repository has the remote `origin`, from its config file (no git call).
    var hasOriginInConfig: Bool {
        guard let config = FileManager.default.contents(atPath: directory + "/.git/config") else { return false }
        return String(decoding: config, as: UTF8.self).contains("[remote \"origin\"]")
    }

    /// A flag set while the working tree may differ from HEAD (records being written or merged):
    /// a sync that finds it reset the tree first, as the one before was killed.
    var dirtyFlag: String { directory + "/.git/reader-sync-writing" }

    func markDirty() {
        if !FileManager.default.fileExists(atPath: dirtyFlag) { _ = FileManager.default.createFile(atPath: dirtyFlag, contents: nil) }
    }

    func markClean() { unlink(dirtyFlag) }

    var isDirty: Bool { FileManager.default.fileExists(atPath: dirtyFlag) }

    /// Files that differ between two commits (every file of `to` when `from` is nil).
    func changedFiles(from: String?, to: String) throws(SyncError) -> [String] {
        let output: GitOutput
        if let from {
            output = try run(["diff", "--name-only", "--no-renames", "-z", from, to])
        } else {
            output = try run(["ls-tree", "-r", "--name-only", "-z", to])
        }
        return output.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The contents of `commit:path` for each spec, nil where the file is not in that commit,
    /// through one `git cat-file --batch`.
    func contents(_ specs: [String]) throws(SyncError) -> [String: [UInt8]] {
        guard !specs.isEmpty else { return [:] }
        let input = Data((specs.joined(separator: "\n") + "\n").utf8)
        let output = [UInt8](try run(["cat-file", "--batch"], input: input).stdout)
        var result: [String: [UInt8]] = [:]
        var index = 0
        for spec in specs {
            guard let newline = output[index...].firstIndex(of: 10) else { break }
            let header = String(decoding: output[index..<newline], as: UTF8.self)
            index = newline + 1
            let parts = header.split(separator: " ")
            guard parts.count == 3, parts[1] == "blob", let size = Int(parts[2]) else { continue }
            result[spec] = Array(output[index..<index + size])
            index += size + 1
        }
        return result
    }

    /// The file at `path` in the working tree.
    public func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: directory + "/" + path).map { [UInt8]($0) }
    }

    /// Writes a file whole: a temporary file renamed over it, so a kill never leaves half a record.
    func write(_ path: String, _ bytes: [UInt8]) throws(SyncError) {
        markDirty()
        let full = directory + "/" + path
        let folder = (full as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (full as NSString).lastPathComponent + ".tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, full) == 0 else { throw SyncError.library("cannot write \(full): \(String(cString: strerror(errno)))") }
        } catch let error as SyncError {
            throw error
        } catch {
            throw .library("cannot write \(full): \((error as NSError).localizedDescription)")
        }
    }

    /// Lock files a killed git left behind. Only called while this process holds the sync lock,
    /// which every git of a sync holds too: no other sync's git is running here.
    func removeStaleLocks() {
        let gitDirectory = directory + "/.git"
        var candidates = ["index.lock", "HEAD.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock"]
            .map { gitDirectory + "/" + $0 }
        if let references = FileManager.default.enumerator(atPath: gitDirectory + "/refs") {
            for case let name as String in references where name.hasSuffix(".lock") { candidates.append(gitDirectory + "/refs/" + name) }
        }
        for path in candidates where FileManager.default.fileExists(atPath: path) { unlink(path) }
    }
}

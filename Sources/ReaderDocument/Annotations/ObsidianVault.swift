import Foundation

/// The files of a vault folder, as the export needs them; tests may give another.
public protocol VaultFiles {
    /// The names of the Markdown files in the folder.
    func markdownNames() throws -> [String]
    func read(_ name: String) -> String?
    func write(_ name: String, _ text: String) throws
}

/// A folder on disk (made when missing).
public struct DirectoryVaultFiles: VaultFiles {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func markdownNames() throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.lowercased().hasSuffix(".md") }
    }

    public func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).flatMap { String(data: $0, encoding: .utf8) }
    }

    public func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
    }
}

/// Writes articles into a vault: each into the file that already has its source (whatever it is
/// called now), else a new file named after its title. A file is written only when its text changes.
public enum ObsidianVault {
    public struct Report: Equatable, Sendable {
        public var written: [String] = []
        public var unchanged = 0
        /// Files left as they were, and why.
        public var skipped: [String] = []

        public init() {}

        public var summary: String {
            let files = written.count == 1 ? "file" : "files"
            let kept = skipped.isEmpty ? "" : ", \(skipped.count) left as they were"
            return "\(written.count) \(files) written, \(unchanged) unchanged\(kept)"
        }
    }

    public static func export(_ articles: [AnnotatedArticle], into files: VaultFiles) throws -> Report {
        var report = Report()
        var byPath: [String: String] = [:]
        var bySource: [String: String] = [:]
        var existingText: [String: String] = [:]
        var taken = Set<String>()
        for name in try files.markdownNames().sorted() {
            taken.insert(name.lowercased())
            guard let text = files.read(name) else { continue }
            let keys = ObsidianExport.keys(ofFile: text)
            guard keys.source != nil || keys.path != nil else { continue }
            existingText[name] = text
            if let path = keys.path, byPath[path] == nil { byPath[path] = name }
            if let source = keys.source, bySource[source] == nil { bySource[source] = name }
        }
        var claimed = Set<String>()
        for article in articles {
            // By the library's own name for the article first: two articles may share a link.
            var name = [byPath[article.sourcePath], bySource[article.source]].compactMap { $0 }.first { !claimed.contains($0) }
            if name == nil {
                let new = VaultFileName.name(for: article.title, taken: taken)
                taken.insert(new.lowercased())
                name = new
            }
            guard let name else { continue }
            claimed.insert(name)
            let rendered = ObsidianExport.render(article)
            let old = existingText[name]
            guard let text = ObsidianExport.merged(existing: old, rendered: rendered) else {
                report.skipped.append("\(name): its marker line is gone, so Reader cannot tell its part from yours")
                continue
            }
            if text == old {
                report.unchanged += 1
                continue
            }
            try files.write(name, text)
            report.written.append(name)
        }
        return report
    }
}

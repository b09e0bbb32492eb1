import Foundation
@testable import ReaderDocument

/// A plain-text article long enough to be opened from its beginning, in a temporary folder:
/// numbered paragraphs ("Paragraph 7: …"), then a closing paragraph far beyond the beginning.
struct LongArticleFile {
    static let title = "A very long article"
    static let closing = "The closing paragraph mentions Zanzibar once."

    let folder: URL
    let path: String
    let paragraphCount: Int

    /// Writes `long.txt` (`NAME.txt` inside `parent`, when given) of at least `bytes` bytes.
    init(named name: String, bytes: Int = ArticleLoader.beginningThreshold * 2, in parent: URL? = nil) throws {
        folder = parent ?? FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(parent == nil ? "long.txt" : "\(name).txt").path
        var text = Self.title + "\n\nBy Ana Souza\n\n"
        var count = 0
        while text.utf8.count < bytes {
            count += 1
            text += "Paragraph \(count): the harbour committee met again on a grey morning, and the minutes say café owners spoke first.\n\n"
        }
        text += Self.closing + "\n"
        paragraphCount = count
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    var summary: ArticleSummary {
        get throws { try ArticleLoader().summary(path: path).get() }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

import Foundation

/// The first screens of a long plain-text or Markdown file, read and parsed without the rest, so the reader
/// paints at once while the whole file is read in the background.
///
/// The beginning ends at a blank line: the parser turns each run of lines between blank lines into
/// paragraphs by itself, and the title, byline and dateline are near the top, so the blocks of the
/// beginning are exactly the first blocks of the whole article. Markdown ends where
/// `MarkdownBeginning` finds that true.
extension ArticleLoader {
    /// Files shorter than this are read whole: that is as quick as reading the beginning.
    public static let beginningThreshold = 256 * 1024
    /// Bytes read for the beginning: some twenty screens of text.
    public static let beginningBytes = 64 * 1024

    /// The beginning of a long plain-text or Markdown file (`isComplete` false); nil when the file
    /// should be read whole: short, HTML (its parser needs the whole document), UTF-16, or no
    /// place to end the beginning at.
    public func loadBeginning(path: String) -> Result<Article, ArticleLoadError>? {
        let format = ArticleFormat(path: path)
        guard format != .html else { return nil }
        let standardised = URL(fileURLWithPath: path).standardizedFileURL.path
        var status = stat()
        guard stat(standardised, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              Int(status.st_size) >= Self.beginningThreshold else { return nil }
        let beginning: [UInt8]
        if format == .markdown {
            // Read whole: the definitions of reference links can be anywhere in it.
            guard let bytes = try? FileBytes.read(path: standardised),
                  let cut = MarkdownBeginning.beginning(of: bytes, limit: Self.beginningBytes) else { return nil }
            beginning = cut
        } else {
            guard let bytes = try? FileBytes.read(path: standardised, limit: Self.beginningBytes),
                  let cut = Self.beginningEnd(of: bytes) else { return nil }
            beginning = Array(bytes[..<cut])
        }
        // Both byte orders of UTF-16 start with a BOM; its text has no 0x0A 0x0A blank lines to cut at.
        if beginning.starts(with: [0xFF, 0xFE]) || beginning.starts(with: [0xFE, 0xFF]) { return nil }
        if Self.isBlank(beginning) { return nil }
        guard case .success(var article) = parse(bytes: beginning, path: path, standardised: standardised, isBeginning: true) else { return nil }
        // Front matter without a title names the article by its first heading, which may be
        // further on than the beginning: the file's name from the beginning could be wrong.
        if format == .markdown, article.title == ((standardised as NSString).lastPathComponent as NSString).deletingPathExtension {
            return nil
        }
        article.isComplete = false
        return .success(article)
    }

    /// Where the beginning ends: just after the last blank line in the second half of the bytes
    /// (a line of nothing but spaces and tabs counts); nil without one.
    static func beginningEnd(of bytes: [UInt8]) -> Int? {
        var index = bytes.count - 1
        let lowest = bytes.count / 2
        while index > lowest {
            if bytes[index] == 0x0A {
                var previous = index - 1
                while previous > lowest, [0x20, 0x09, 0x0D].contains(bytes[previous]) { previous -= 1 }
                if bytes[previous] == 0x0A { return index + 1 }
            }
            index -= 1
        }
        return nil
    }
}

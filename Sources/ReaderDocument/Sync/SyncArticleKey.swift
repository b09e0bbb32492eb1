/// The stable name of an article across machines: its canonical URL for web pages and feed items,
/// its content hash for local files (whose paths differ from machine to machine).
public enum SyncArticleKey {
    public static func key(contentHash: String, link: String?) -> String {
        if let link, !link.isEmpty { return "url:" + link }
        return "hash:" + contentHash
    }

    /// For highlights whose article is gone and whose key was never recorded: an address is its
    /// own key; a file path only names it on this machine.
    public static func key(sourcePath: String) -> String {
        if sourcePath.hasPrefix("http://") || sourcePath.hasPrefix("https://") { return "url:" + sourcePath }
        return "path:" + sourcePath
    }

    /// The record's file in the repository: `articles/ab/<32 hex digits>.json`, from the key's
    /// digest (keys are URLs, not file names). Spread over 256 folders to keep git's trees small.
    public static func path(key: String) -> String {
        let first = hex16(ContentHash.digest(of: key.utf8))
        let second = hex16(ContentHash.digest(of: key.utf8.reversed()))
        return "articles/" + first.prefix(2) + "/" + first + second + ".json"
    }

    static func hex16(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

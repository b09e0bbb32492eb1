import ReaderEntities

/// The words in class names and ids that say what an element holds, as the content scoring reads
/// them: fragments matched anywhere in the lower-cased "class id" string, as Readability does
/// ("article-body" and "postbody" both hold "body").
enum ClassPatterns {
    /// Elements that are almost never the article: removed before scoring.
    static let unlikely = Fragments([
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "most-read", "mostread", "most-popular", "outbrain", "taboola", "recommended", "trending",
        "more-stories", "read-next",
    ])
    /// Image credits ("Photo: Getty Images"): removed when a line long.
    static let credit = Fragments(["credit", "copyright"])
    /// Prompts and banners: removed, when short, whatever else the page looks like.
    static let prompt = Fragments([
        "cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "sign-up", "paywall", "promo", "donate",
    ])
    /// ...unless they also carry one of these.
    static let maybeCandidate = Fragments(["and", "article", "body", "column", "content", "main", "shadow"])
    /// Content words: +25 to a block's score.
    static let positive = Fragments([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
        "story",
    ])
    /// Furniture words: −25 to a block's score.
    static let negative = Fragments([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter", "subscribe", "taboola",
    ])
    /// Bylines: "byline", "author", "p-author".
    static let byline = Fragments(["byline", "author", "dateline", "writtenby", "p-author"])

    /// What an element's class and id say, found in one pass over them.
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let unlikely = Flags(rawValue: 1)
        static let maybeCandidate = Flags(rawValue: 2)
        static let prompt = Flags(rawValue: 4)
        static let credit = Flags(rawValue: 8)
        static let byline = Flags(rawValue: 16)
        static let share = Flags(rawValue: 32)
    }

    /// Every fragment of the sets above, with the flag it stands for.
    private static let all: (fragments: Fragments, flags: [Flags]) = {
        let sets: [(Fragments, Flags)] = [
            (unlikely, .unlikely), (maybeCandidate, .maybeCandidate), (prompt, .prompt), (credit, .credit), (byline, .byline),
            (Fragments(["share"]), .share),
        ]
        var words: [String] = []
        var flags: [Flags] = []
        for (set, flag) in sets {
            for pattern in set.patterns {
                words.append(String(decoding: pattern, as: UTF8.self))
                flags.append(flag)
            }
        }
        return (Fragments(words), flags)
    }()

    static func flags(class className: String?, id: String?) -> Flags {
        var found: Flags = []
        for value in [className, id] {
            guard var value, value.utf8.count > 1 else { continue }
            value.withUTF8 { bytes in all.fragments.forEachMatch(lowercasing: bytes) { found.insert(all.flags[$0]) } }
        }
        // "share" must stand as a word ("share-bar", "sharedaddy"), not inside one ("timeshare").
        if found.contains(.share), !isShareElement(matchString(class: className, id: id)) { found.remove(.share) }
        return found
    }

    /// The lower-cased bytes of "class id", as the patterns read them.
    static func matchString(class className: String?, id: String?) -> [UInt8] {
        var bytes = Array((className ?? "").utf8)
        bytes.append(0x20)
        bytes += (id ?? "").utf8
        for index in bytes.indices where (0x41...0x5A).contains(bytes[index]) { bytes[index] |= 0x20 }
        return bytes
    }

    /// Whether a class or id is "hid" as a whole word: Readability's `^hid$| hid |…`.
    static func hasHidWord(_ bytes: [UInt8]) -> Bool {
        bytes.split(separator: 0x20).contains { $0.elementsEqual("hid".utf8) }
    }

    /// A share widget: "share" or "sharedaddy" as a word or between underscores.
    static func isShareElement(_ bytes: [UInt8]) -> Bool {
        for word in ["sharedaddy", "share"] {
            let pattern = Array(word.utf8)
            var start = 0
            while let found = Fragments.find(pattern, in: bytes, from: start) {
                let before: UInt8? = found == 0 ? nil : bytes[found - 1]
                let afterIndex = found + pattern.count
                let after: UInt8? = afterIndex < bytes.count ? bytes[afterIndex] : nil
                if isBoundary(before), isBoundary(after) { return true }
                start = found + 1
            }
        }
        return false
    }

    private static func isBoundary(_ byte: UInt8?) -> Bool {
        guard let byte else { return true }
        return byte == UInt8(ascii: "_") || !(byte.isASCIILetterOrDigit)
    }

    /// A set of byte fragments, any of which may occur anywhere.
    struct Fragments {
        let patterns: [[UInt8]]
        /// The patterns by their first byte: one pass over a class string tries only those that
        /// can start at each byte.
        private let byFirstByte: [[Int]]

        init(_ words: [String]) {
            patterns = words.map { Array($0.utf8) }
            var table = [[Int]](repeating: [], count: 256)
            for (index, pattern) in patterns.enumerated() { table[Int(pattern[0])].append(index) }
            byFirstByte = table
        }

        func matches(_ bytes: [UInt8]) -> Bool {
            guard bytes.count > 1 else { return false }
            return bytes.withUnsafeBufferPointer { text in
                for start in 0..<text.count {
                    for index in byFirstByte[Int(text[start])] {
                        let pattern = patterns[index]
                        guard start + pattern.count <= text.count else { continue }
                        var offset = 1
                        while offset < pattern.count, text[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                }
                return false
            }
        }

        /// Calls `body` with the index of each pattern found in the text read in lower case (a
        /// pattern found twice, twice).
        func forEachMatch(lowercasing text: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
            @inline(__always) func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            for start in 0..<text.count {
                for index in byFirstByte[Int(lower(text[start]))] {
                    let pattern = patterns[index]
                    guard start + pattern.count <= text.count else { continue }
                    var offset = 1
                    while offset < pattern.count, lower(text[start + offset]) == pattern[offset] { offset += 1 }
                    if offset == pattern.count { body(index) }
                }
            }
        }

        static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
            guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
            var index = start
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}

extension UInt8 {
    var isASCIILetterOrDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}

/// Feed subscription lists in OPML 1.0/2.0: `<outline xmlUrl="…" text="…">`, nested or not.
public enum OPML {
    public struct Subscription: Equatable, Sendable {
        public var url: String
        public var title: String?
        /// The feed's site (`htmlUrl`).
        public var siteURL: String?

        public init(url: String, title: String?, siteURL: String? = nil) {
            self.url = url
            self.title = title
            self.siteURL = siteURL
        }
    }

    public static func parse(_ bytes: [UInt8], name: String) -> Result<[Subscription], FeedError> {
        let prepared: DocumentCharset.Prepared
        do {
            prepared = try DocumentCharset.prepare(bytes, markup: .xml)
        } catch {
            return .failure(FeedError(feed: name, reason: "binary data, not OPML"))
        }
        switch MarkupParser.parseXML(prepared.bytes, encoding: prepared.encoding) {
        case .failure(let error):
            return .failure(FeedError(feed: name, reason: "not well-formed XML (\(error))"))
        case .success(let root):
            guard root.name.lowercased() == "opml" else {
                return .failure(FeedError(feed: name, reason: "not an OPML file (root element <\(root.name)>)"))
            }
            var found: [Subscription] = []
            root.walk { node in
                if node.name == "outline", let url = node["xmlUrl"] ?? node["xmlurl"], !url.isEmpty {
                    let title = (node["title"] ?? node["text"]).flatMap { HTMLArticleExtractor.clean($0) }
                    found.append(Subscription(url: url.trimmingWhitespace(), title: title))
                }
                return true
            }
            return .success(found)
        }
    }

    public static func document(_ subscriptions: [Subscription], title: String = "Reader feeds") -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head><title>\(escape(title))</title></head>",
            "  <body>",
        ]
        for subscription in subscriptions {
            let name = escape(subscription.title ?? subscription.url)
            let site = subscription.siteURL.map { " htmlUrl=\"\(escape($0))\"" } ?? ""
            lines.append("    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escape(subscription.url))\"\(site)/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // XML 1.0 cannot hold control characters at all, escaped or not.
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20, scalar != "\t", scalar != "\n" {
                    continue
                }
                result.append(character)
            }
        }
        return result
    }
}

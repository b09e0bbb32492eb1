/// Parts of a web page that are not the article: navigation, headers and footers, asides, forms,
/// ads and share widgets, recognised by element, ARIA role, and class or id words.
///
/// Decided once per element (`marks(in:)`): finding the content and converting it both ask, and a
/// page of highlighted source code has tens of thousands of classed elements.
public enum HTMLFurniture {
    static let roles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]

    /// Words of class names and ids that mark furniture ("share-buttons", "ad_slot", "cookie").
    static let words: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo",
        "share", "sharing", "social", "cookie", "cookies", "consent", "newsletter", "subscribe", "signup",
        "related", "recommended", "comments", "comment", "sidebar", "popup", "modal", "banner", "breadcrumb",
        "breadcrumbs", "outbrain", "taboola", "nav", "navbar", "navigation", "menu", "footer", "masthead",
        "toolbar", "skip", "paywall",
    ]
    private static let longestWord = words.map(\.utf8.count).max() ?? 0
    private static let shortestWord = words.map(\.utf8.count).min() ?? 0

    /// Whether each node of the tree is furniture, by index.
    public static func marks(in tree: HTMLTree) -> [Bool] {
        tree.nodes.indices.map { isFurniture($0, in: tree) }
    }

    static func isFurniture(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Bool {
        switch tree.tag(node) {
        case .nav, .header, .footer, .aside, .form, .button, .input, .select, .textarea, .label, .dialog, .menu,
             .object, .embed, .video, .audio:
            return true
        case .text, .document:
            return false
        default:
            break
        }
        // A page's outer elements carry state classes ("menu-open"); only their role can say furniture.
        let outer: Bool
        switch tree.tag(node) {
        case .html, .body, .main, .article: outer = true
        default: outer = false
        }
        for attribute in tree.attributes(of: node) {
            switch attribute.name {
            case "role":
                if roles.contains(attribute.value.lowercased()) { return true }
            case "hidden":
                if !outer { return true }
            case "aria-hidden":
                if !outer, attribute.value.lowercased() == "true" { return true }
            case "class", "id":
                if !outer, containsFurnitureWord(attribute.value) { return true }
            default:
                break
            }
        }
        return false
    }

    /// Whether a class list or id has a furniture word, words being runs of letters in any case.
    static func containsFurnitureWord(_ value: String) -> Bool {
        let bytes = value.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return value.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
        }
        // ASCII, nearly always: words are found by index, and only words of a possible length become strings.
        var wordStart: String.Index?
        var index = bytes.startIndex
        while true {
            // ASCII letters fold onto "A"..."Z" when the lower-case bit is cleared.
            if index < bytes.endIndex, (0x41...0x5A).contains(bytes[index] & ~0x20) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                let length = bytes.distance(from: start, to: index)
                if length >= shortestWord, length <= longestWord, words.contains(value[start..<index].lowercased()) { return true }
                wordStart = nil
            }
            guard index < bytes.endIndex else { return false }
            index = bytes.index(after: index)
        }
    }
}

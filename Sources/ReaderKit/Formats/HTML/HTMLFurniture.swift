/// Parts of a web page that are not the article: navigation, headers and footers, asides, forms,
/// ads and share widgets, recognised by element, ARIA role, and class or id words.
enum HTMLFurniture {
    static let elements: Set<String> = [
        "nav", "header", "footer", "aside", "form", "button", "input", "select", "textarea", "label",
        "dialog", "menu", "object", "embed", "video", "audio",
    ]

    static let roles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]

    /// Words of class names and ids that mark furniture ("share-buttons", "ad_slot", "cookie").
    static let words: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo",
        "share", "sharing", "social", "cookie", "cookies", "consent", "newsletter", "subscribe", "signup",
        "related", "recommended", "comments", "comment", "sidebar", "popup", "modal", "banner", "breadcrumb",
        "breadcrumbs", "outbrain", "taboola", "nav", "navbar", "navigation", "menu", "footer", "masthead",
        "toolbar", "skip", "paywall",
    ]

    static func isFurniture(_ node: MarkupNode) -> Bool {
        if elements.contains(node.name) { return true }
        if node.attributes.isEmpty { return false }
        if let role = node["role"]?.lowercased(), roles.contains(role) { return true }
        // A page's outer elements carry state classes ("menu-open"); they are never furniture.
        if ["html", "body", "main", "article"].contains(node.name) { return false }
        if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return true }
        for attribute in ["class", "id"] {
            guard let value = node[attribute], !value.isEmpty else { continue }
            for word in value.lowercased().split(whereSeparator: { !$0.isLetter }) where words.contains(String(word)) {
                return true
            }
        }
        return false
    }
}

/// Parts of a web page that are not the article: navigation, headers and footers, asides, forms,
/// ads and share widgets, recognised by element, ARIA role, and class or id words.
enum HTMLFurniture {
    static let roles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]

    /// Words of class names and ids that mark furniture ("share-buttons", "ad_slot", "cookie").
    static let words: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo",
        "share", "sharing", "social", "cookie", "cookies", "consent", "newsletter", "subscribe", "signup",
        "related", "recommended", "comments", "comment", "sidebar", "popup", "modal", "banner", "breadcrumb",
        "breadcrumbs", "outbrain", "taboola", "nav", "navbar", "navigation", "menu", "footer", "masthead",
        "toolbar", "skip", "paywall",
    ]

    static func isFurniture(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Bool {
        switch tree.tag(node) {
        case .nav, .header, .footer, .aside, .form, .button, .input, .select, .textarea, .label, .dialog, .menu,
             .object, .embed, .video, .audio:
            return true
        case .text:
            return false
        default:
            break
        }
        if !tree.hasAttributes(node) { return false }
        if let role = tree.attribute("role", of: node)?.lowercased(), roles.contains(role) { return true }
        // A page's outer elements carry state classes ("menu-open"); they are never furniture.
        switch tree.tag(node) {
        case .html, .body, .main, .article: return false
        default: break
        }
        if tree.attribute("hidden", of: node) != nil || tree.attribute("aria-hidden", of: node)?.lowercased() == "true" { return true }
        for attribute in ["class", "id"] {
            guard let value = tree.attribute(attribute, of: node), !value.isEmpty else { continue }
            for word in value.lowercased().split(whereSeparator: { !$0.isLetter }) where words.contains(String(word)) {
                return true
            }
        }
        return false
    }
}

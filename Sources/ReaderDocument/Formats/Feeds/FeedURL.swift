import Foundation

/// Links in feeds made absolute: against the xml:base in effect, else the feed's own address.
enum FeedURL {
    /// A reference resolved against a base; a reference that is absolute already, or that cannot
    /// be resolved, is kept as written.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingWhitespace()
        guard let base, LinkPolicy.scheme(of: trimmed) == nil else { return trimmed }
        let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
        guard let baseURL = URL(string: base) ?? base.addingPercentEncoding(withAllowedCharacters: allowed).flatMap({ URL(string: $0) }),
              let resolved = URL(string: encoded, relativeTo: baseURL)?.absoluteURL else { return trimmed }
        return resolved.absoluteString
    }

    /// The base in effect inside an element: its xml:base resolved against the one outside it.
    /// Only web and file addresses can be bases (a "javascript:" base is ignored).
    static func base(of node: MarkupNode, inside outer: String?) -> String? {
        guard let declared = node["base"] else { return outer }
        let resolved = resolve(declared, against: outer)
        switch LinkPolicy.scheme(of: resolved) {
        case "http", "https", "file": return resolved
        default: return outer
        }
    }

    /// What URLs may hold unescaped, plus "%" so escapes already there stay as they are.
    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.formUnion(.urlPathAllowed)
        set.insert(charactersIn: "%#?/:@!$&'()*+,;=[]~")
        return set
    }()
}

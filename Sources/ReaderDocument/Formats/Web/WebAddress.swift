import Foundation

/// Web addresses as Reader names articles by them.
public enum WebAddress {
    /// The address without its #fragment, which names a place in the same page: `page#comments`
    /// is the article at `page`. Query strings stay, as they can name other pages.
    public static func withoutFragment(_ url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return url }
        return String(url[..<hash])
    }

    /// The address with its scheme in lower case (`HTTP://host/` is `http://host/`: schemes are
    /// case-insensitive, and the fetcher knows only the lower-case ones).
    public static func withLowercasedScheme(_ url: String) -> String {
        guard let scheme = LinkPolicy.scheme(of: url), let colon = url.firstIndex(of: ":") else { return url }
        return scheme + url[colon...]
    }

    /// The name an article fetched from `url` is stored under.
    public static func articleName(_ url: String) -> String {
        withoutFragment(withLowercasedScheme(url.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Why a command-line argument that looks like an address (`scheme://…`) cannot be fetched,
    /// or nil when it does not look like one (a path) or is a web address.
    public static func problem(_ text: String) -> String? {
        guard let scheme = LinkPolicy.scheme(of: text), text.contains("://") else { return nil }
        guard scheme == "http" || scheme == "https" else { return "not an http or https address" }
        return WebPage.isWebAddress(text) ? nil : "not a valid address"
    }
}

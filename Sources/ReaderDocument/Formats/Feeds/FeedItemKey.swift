import Foundation

/// An item's identity in the library: its guid or id, else its link, else a digest of its title
/// and date.
enum FeedItemKey {
    static func make(id: String?, link: String?, title: String?, date: Date?) -> String {
        if let id, !id.isEmpty { return id }
        if let link, !link.isEmpty { return link }
        return "digest:" + ContentHash.hex(of: Array(((title ?? "") + "|" + (date.map { "\($0.timeIntervalSince1970)" } ?? "")).utf8))
    }
}

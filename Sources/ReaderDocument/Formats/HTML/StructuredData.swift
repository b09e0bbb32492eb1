import Foundation

/// The article a page describes in JSON-LD (schema.org `NewsArticle`, `Article`, `BlogPosting`…):
/// headline, authors, date, publisher and body.
struct StructuredData: Equatable {
    var title: String?
    var author: String?
    var datePublished: String?
    var publisher: String?
    var description: String?
    var articleBody: String?

    /// The first article described by any of the page's JSON-LD scripts.
    static func article(in scripts: [String], documentTitle: () -> String) -> StructuredData? {
        for script in scripts {
            var text = script.trimmingWhitespace()
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9)) }
            if text.hasSuffix("]]>") { text = String(text.dropLast(3)) }
            guard let data = text.data(using: .utf8),
                  let parsed = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let found = articleObject(in: parsed).map({ read($0, documentTitle: documentTitle) }) { return found }
        }
        return nil
    }

    /// The article object: the top object, an element of a top-level array, or of an `@graph`.
    static func articleObject(in value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            return array.lazy.compactMap { articleObject(in: $0) }.first
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object) { return object }
        if let graph = object["@graph"] as? [Any] {
            return graph.lazy.compactMap { $0 as? [String: Any] }.first(where: isArticle)
        }
        return nil
    }

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let type = object["@type"] as? String {
            types = [type]
        } else if let list = object["@type"] as? [Any] {
            types = list.compactMap { $0 as? String }
        } else {
            return false
        }
        return types.contains { articleTypes.contains($0.split(separator: ":").last.map(String.init) ?? $0) }
    }

    static func read(_ object: [String: Any], documentTitle: () -> String) -> StructuredData {
        var result = StructuredData()
        let name = (object["name"] as? String)?.trimmingWhitespace()
        let headline = (object["headline"] as? String)?.trimmingWhitespace()
        if let name, let headline, !name.isEmpty, !headline.isEmpty, name != headline {
            // Some sites put their own name in "name", others a summary in "headline": the one
            // the page's <title> repeats is the title, and "name" when neither or both are.
            let title = documentTitle()
            let headlineMatches = TextSimilarity.similarity(headline, title) > 0.75
            let nameMatches = TextSimilarity.similarity(name, title) > 0.75
            result.title = headlineMatches && !nameMatches ? headline : name
        } else {
            result.title = [name, headline].compactMap { $0 }.first { !$0.isEmpty }
        }
        result.author = names(object["author"])
        result.datePublished = (object["datePublished"] as? String)?.trimmingWhitespace()
        result.publisher = names(object["publisher"])
        result.description = (object["description"] as? String)?.trimmingWhitespace()
        result.articleBody = (object["articleBody"] as? String)?.trimmingWhitespace()
        return result
    }

    /// A person or organisation's name, or several joined by ", ".
    static func names(_ value: Any?) -> String? {
        let list: [Any]
        if let array = value as? [Any] { list = array } else if let value { list = [value] } else { return nil }
        let found = list.compactMap { item -> String? in
            let name = (item as? [String: Any])?["name"] as? String ?? item as? String
            return name?.trimmingWhitespace()
        }.filter { !$0.isEmpty }
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }
}

import ReaderEntities
import ReaderDocument

/// Articles for the reducer target: short and long, wide characters, marks and controls, so keys
/// meet every kind of layout; and a source that can search and list entity mentions, so the keys
/// that need a library do something too.
enum ReducerFuzzArticles {
    static let all: [Article] = texts.enumerated().map { index, text in
        ArticleParser().parse(text, id: ArticleID("/fuzz/\(index).txt"), sourcePath: "/fuzz/\(index).txt")
    }

    private static let texts: [String] = [
        "Kremlin announces visit\nBy Anna Petrova\n12 March 2024\n\nVladimir Putin met Kim Jong-un in Moscow. Putin said the talks went well.\n\nSeoul and Tokyo watched closely.",
        "Short",
        "Long article\n\n" + (1...60).map { "Paragraph \($0) about London, Paris and Berlin with enough words to wrap across several rows." }.joined(separator: "\n\n"),
        "東京の通勤者 😀 👨‍👩‍👧\n\n東京の山手線は今夜、信号の更新工事のため運休します。Tokyo commuters brace for it.",
        "Escapes \u{1B}]0;title\u{07} and \u{9B}31m\n\nBidi \u{202E}olleh, e\u{301}\u{302}\u{303}\u{304}\u{305} marks, soft\u{AD}hyphen.",
        "",
    ]

    /// Every capitalised word becomes a mention, labelled by its length, so the entity pane has groups.
    static func entities(of article: Article) -> ArticleEntities {
        let scalars = Array(article.plainText.unicodeScalars)
        var spans: [EntitySpan] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].properties.isUppercase else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
            if end > index + 1 {
                let labels: [EntityLabel] = [.person, .org, .gpe, .norp, .date]
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                spans.append(EntitySpan(start: index, end: end, label: labels[(end - index) % labels.count], text: text))
            }
            index = max(end, index + 1)
        }
        return ArticleEntities(spans: spans)
    }

    struct Source: ArticleSource {
        let articles: [Article]

        init(_ articles: [Article]) {
            self.articles = articles
        }

        func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> {
            articles.first { $0.id == summary.id }.map { .success($0) } ?? .failure(.missing(path: summary.sourcePath))
        }

        func articles(mentioning name: String, label: EntityLabel) -> Set<ArticleID>? {
            Set(articles.filter { $0.plainText.contains(name) }.map(\.id))
        }

        func search(_ query: String) -> [ArticleID]? {
            articles.filter { $0.plainText.lowercased().contains(query.lowercased()) }.map(\.id)
        }
    }
}

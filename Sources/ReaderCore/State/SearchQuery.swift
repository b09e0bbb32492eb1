/// What a search looks for: the words of a query (letters and digits), whoever runs it.
public enum SearchQuery {
    public static func words(of query: String) -> [String] {
        query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether a query has words to search for; "*" or "--" has none.
    public static func isSearchable(_ query: String) -> Bool {
        !words(of: query).isEmpty
    }

    /// What to tell someone whose query `isSearchable` refuses.
    public static func notSearchableMessage(_ query: String) -> String {
        "nothing to search for in '\(query)': search finds words (letters and digits), not symbols"
    }
}

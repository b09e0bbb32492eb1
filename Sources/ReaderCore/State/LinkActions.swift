import ReaderDocument

/// Opening the numbered links of an article: asks for a number, checks the link, and leaves the
/// opening to the session as an effect.
enum LinkActions {
    static func prompt(_ state: ReaderState) -> ReaderState {
        var state = state
        guard let article = state.openArticle else {
            state.statusMessage = "Open an article first"
            return state
        }
        guard !article.links.isEmpty else {
            state.statusMessage = "This article has no links"
            return state
        }
        state.overlays.prompt = Prompt(purpose: .openLink)
        return state
    }

    static func open(_ state: ReaderState, number text: String) -> ReaderState {
        var state = state
        guard let links = state.openArticle?.links else { return state }
        let digits = text.trimmingCharacters(in: ["[", "]", " "])
        guard let number = Int(digits), number >= 1, number <= links.count else {
            state.statusMessage = "No link \(text): links are 1 to \(links.count)"
            return state
        }
        switch LinkPolicy.decide(links[number - 1].url) {
        case .open(let url):
            state.outbox.append(.openURL(url))
            state.statusMessage = "Opening [\(number)] \(url)"
        case .refuse(let reason):
            state.statusMessage = "Link [\(number)] not opened: \(reason)"
        }
        return state
    }
}

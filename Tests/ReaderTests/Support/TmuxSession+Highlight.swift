/// Steps several end-to-end tests share before they annotate.
extension TmuxSession {
    /// From the start screen of the sample library: opens the first article and highlights its
    /// first sentence (`v`, `s`, `H`), so that the next key acts on that highlight.
    func highlightTheFirstSentenceOfTheFirstArticle() async throws {
        _ = try await waitFor("Articles (6")
        try sendKeys("Enter")
        _ = try await waitFor("Article ·")
        try sendKeys("v", "s", "H")
    }
}

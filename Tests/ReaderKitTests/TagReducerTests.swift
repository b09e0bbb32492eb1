import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Tags and article notes in the reader: the tag prompt and its completion, `#tag` words of notes,
/// the article's own note, and narrowing the list to a tag; what is queued for the library.
@Suite struct TagReducerTests {
    let log = EffectLog()

    func openSeed() throws -> ReaderState {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 120, height: 40))
        state.nextHighlightID = "h-1"
        state.now = Date(timeIntervalSince1970: 1_700_000_000)
        return log.step(state, .action(.openSelected))
    }

    func keys(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { log.step($0, .input(.key($1))) }
    }

    func type(_ state: ReaderState, _ text: String) -> ReaderState {
        text.reduce(state) { log.step($0, .input(.key(.character($1)))) }
    }

    var savedArticleAnnotations: [ArticleAnnotation] {
        log.all.compactMap { if case .saveArticleAnnotation(let annotation) = $0 { return annotation } else { return nil } }
    }

    @Test func tInVisualModeTagsTheHighlightAtTheCaret() throws {
        var state = keys(try openSeed(), .character("v"), .character("s"))
        let highlight = try #require(state.highlights.first)
        state = keys(state, .character("t"))
        #expect(state.overlays.prompt?.purpose == .tags(.highlight(id: highlight.id)))
        #expect(log.all.contains(.loadTags))
        state = type(state, "Rome history/empire c++ ")
        state = keys(state, .enter)
        #expect(state.overlays.prompt == nil)
        #expect(state.highlights.first?.tags == ["history/empire", "rome"])
        #expect(state.statusMessage == "Tags: #history/empire #rome · not tags: c++ (letters, digits, _ - /)")
        guard case .save(let saved)? = log.highlightWrites.last else { Issue.record("no save"); return }
        #expect(saved.tags == ["history/empire", "rome"])
        // Again: the prompt holds the tags; deleting a word removes its tag.
        state = keys(state, .character("t"))
        #expect(state.overlays.prompt.map { String($0.text) } == "history/empire rome ")
        state = keys(state, .control("w"), .enter)
        #expect(state.highlights.first?.tags == ["history/empire"])
    }

    @Test func tabCompletesOneTagWholeAndSeveralAsFarAsTheyAgree() throws {
        var state = keys(try openSeed(), .character("v"), .character("s"), .character("t"))
        state = log.step(state, .tagsLoaded(["history", "histology", "rome", "to-read"]))
        state = type(state, "ro")
        state = keys(state, .tab)
        #expect(state.overlays.prompt.map { String($0.text) } == "rome ")
        state = type(state, "#hi")
        state = keys(state, .tab)
        #expect(state.overlays.prompt.map { String($0.text) } == "rome #histo")
        #expect(state.statusMessage == "#histology #history")
        state = type(state, "r")
        state = keys(state, .tab)
        #expect(state.overlays.prompt.map { String($0.text) } == "rome #history ")
        // A tag already typed is not offered again; none that fits says so and changes nothing.
        state = type(state, "ro")
        state = keys(state, .tab)
        #expect(state.overlays.prompt.map { String($0.text) } == "rome #history ro")
        #expect(state.statusMessage == "No tag starts with \"ro\"")
        state = keys(state, .backspace, .backspace, .enter)
        #expect(state.highlights.first?.tags == ["history", "rome"])
    }

    @Test func hashtagWordsOfANoteBecomeTags() throws {
        var state = keys(try openSeed(), .character("v"), .character("s"), .character("i"))
        state = type(state, "Compare with #Rome, see page#2 and #42 (#to-read)")
        state = keys(state, .enter)
        #expect(state.highlights.first?.note == "Compare with #Rome, see page#2 and #42 (#to-read)")
        #expect(state.highlights.first?.tags == ["rome", "to-read"])
    }

    @Test func theArticleNoteIsTypedInThePromptFromTheTextOrTheList() throws {
        var state = try openSeed()
        let article = try #require(state.openArticle)
        state = keys(state, .character("I"))
        #expect(state.overlays.prompt?.purpose == .articleNote(ArticleTarget(id: article.id, sourcePath: article.sourcePath)))
        state = type(state, "Worth a follow-up #summit")
        state = keys(state, .enter)
        #expect(state.reading.articleAnnotation?.note == "Worth a follow-up #summit")
        #expect(state.reading.articleAnnotation?.tags == ["summit"])
        #expect(savedArticleAnnotations.last?.sourcePath == article.sourcePath)
        #expect(savedArticleAnnotations.last?.note == "Worth a follow-up #summit")
        // From the list, the selected article's note and tags, as they are.
        state.focus = .list
        state = keys(state, .character("t"))
        #expect(state.overlays.prompt.map { String($0.text) } == "summit ")
        state = keys(state, .control("u"), .enter)
        #expect(state.reading.articleAnnotation?.tags == [])
        state = keys(state, .character("I"))
        #expect(state.overlays.prompt.map { String($0.text) } == "Worth a follow-up #summit")
        // Emptied: the note goes, and with no tags left nothing is kept.
        state = keys(state, .control("u"), .enter)
        #expect(state.reading.articleAnnotation == nil)
        #expect(savedArticleAnnotations.last?.isEmpty == true)
        #expect(state.statusMessage == "Article note removed")
    }

    @Test func theEditorWritesTheArticleNote() throws {
        var state = keys(try openSeed(), .character("E"))
        let article = try #require(state.openArticle)
        let target = ArticleTarget(id: article.id, sourcePath: article.sourcePath)
        #expect(log.all.contains(.editArticleNote(target, text: "")))
        state = log.step(state, .articleNoteEdited(target, text: "A long note\n\nin two paragraphs #long\n"))
        #expect(state.reading.articleAnnotation?.note == "A long note\n\nin two paragraphs #long")
        #expect(state.reading.articleAnnotation?.tags == ["long"])
    }

    @Test func theStoredArticleNoteArrivesWithTheArticleAndGoesWithIt() throws {
        var state = try openSeed()
        let article = try #require(state.openArticle)
        #expect(log.all.contains(.loadArticleAnnotation(article.id, sourcePath: article.sourcePath)))
        let stored = ArticleAnnotation(sourcePath: article.sourcePath, note: "kept", tags: ["a"], created: state.now, modified: state.now)
        state = log.step(state, .articleAnnotationLoaded(article.id, stored))
        #expect(state.reading.articleAnnotation == stored)
        // An answer for another article changes nothing.
        state = log.step(state, .articleAnnotationLoaded(ArticleID("other"), nil))
        #expect(state.reading.articleAnnotation == stored)
    }

    @Test func hashInTheListNarrowsItToTheTaggedArticles() throws {
        let articles = try [Fixtures.seedArticle(), ArticleLoader().load(path: ReadingViewTests.cafePath).get()]
        var state = ReaderState(articles: articles, size: Size(width: 120, height: 40))
        state = keys(state, .character("#"))
        #expect(state.overlays.prompt == nil)
        #expect(state.statusMessage == "Tags need the library")
        state.libraryIndexed = true
        state = keys(state, .character("#"))
        #expect(state.overlays.prompt?.purpose == .filterTag)
        state = type(state, "#Cafe")
        state = keys(state, .enter)
        #expect(log.all.last == .findTagged("cafe"))
        state = log.step(state, .taggedFound(tag: "cafe", articles: [articles[1].id]))
        #expect(state.articles.ids == [articles[1].id])
        #expect(ArticleListing.title(state).hasPrefix("Articles (1, tagged #cafe)"))
        state = keys(state, .escape)
        #expect(state.articles.count == 2)
    }

    @Test func hashInTheListOfNotesAsksForTheTaggedOnes() throws {
        var state = try openSeed()
        state.libraryIndexed = true
        state = log.step(state, .notesLoaded(query: nil, []))
        #expect(state.overlays.overlay == .allNotes)
        state = keys(state, .character("#"))
        state = type(state, "rome")
        state = keys(state, .enter)
        #expect(log.all.last == .loadNotes(query: "#rome"))
    }
}

import Foundation
import Testing
@testable import ReaderCore
import ReaderDocument

/// `ReaderState` is a value: the same events from the same state give equal states and effects,
/// and a key that changes something gives a state that differs.
@Suite struct StateEqualityTests {
    static let keys: [Key] = [
        .character("j"), .character("j"), .character("v"), .character("s"), .escape, .character("m"),
        .tab, .character("j"), .character("o"), .character("f"), .character("s"), .backTab,
    ]

    func start() throws -> ReaderState {
        let second = Fixtures.article("A second article\n\nWith a paragraph of its own.", path: "/tmp/second.txt")
        var state = ReaderState(articles: [try Fixtures.seedArticle(), second], size: Size(width: 120, height: 30))
        state.nextHighlightID = "h-1"
        state.now = Date(timeIntervalSince1970: 1_700_000_000)
        return Reducer.reduce(state, action: .openSelected)
    }

    func run(_ state: ReaderState) -> (state: ReaderState, effects: [Effect]) {
        Self.keys.reduce((state, [])) { step, key in
            let next = Reducer.reduce(step.state, .input(.key(key)))
            return (next.state, step.effects + next.effects)
        }
    }

    @Test func theSameEventsGiveEqualStatesAndEffects() throws {
        let start = try start()
        let first = run(start), second = run(start)
        #expect(first.state == second.state)
        #expect(first.effects == second.effects)
        #expect(first.state != start, "the keys changed the state")
        #expect(first.state.highlights.map(\.id) == ["h-1"], "the highlight has the id the state was given")
    }

    @Test func aKeyThatChangesSomethingGivesADifferentState() throws {
        let start = try start()
        #expect(start.focus == .text)
        let scrolled = Reducer.reduce(start, event: .key(.character("j")))
        #expect(scrolled != start)
        #expect(scrolled.textAnchor != start.textAnchor)
        var back = scrolled
        back.textAnchor = start.textAnchor
        #expect(back == start, "the scroll position was all that changed")
        let marked = Reducer.reduce(start, event: .key(.character("m")))
        #expect(marked != start && marked.list.readArticles != start.list.readArticles)
    }

    @Test func theLayoutMemoDoesNotMakeStatesDiffer() throws {
        // Two states built apart have memos of their own; only one has wrapped the article.
        let wrapped = try start(), unwrapped = try start()
        #expect(wrapped.openLayout() != nil)
        #expect(wrapped == unwrapped)
        // Sendable, so a state can be handed to another task (checked by the compiler).
        let _: any Sendable & Equatable = wrapped
    }
}

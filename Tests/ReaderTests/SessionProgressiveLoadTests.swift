import Foundation
import Testing
@testable import Reader
@testable import ReaderCore
@testable import ReaderDocument

/// The session shows a long file's first screen from its beginning, before the rest is read, and
/// keys pressed meanwhile act on the whole article once it is here.
@Suite struct SessionProgressiveLoadTests {
    /// `reader FILE` on the long file, without a library, the rest read when `gate` says.
    func run(_ file: LongArticleFile, gate: GatedRestReader, _ script: [FakeTerminal.Step]) throws -> FakeTerminal {
        let size = Size(width: 120, height: 40)
        let summary = try file.summary
        let state = ReaderState(summaries: [summary], size: size)
        let services = SessionServices(source: FileArticleSource(), catalog: nil, library: nil, restReader: gate)
        let terminal = FakeTerminal(script, size: size)
        let status = ReaderSession(state: state, terminal: terminal, services: services, startup: [.action(.openSelected)]).run()
        #expect(status == 0)
        #expect(terminal.unfinished.isEmpty, "never shown: \(terminal.unfinished)\n\(terminal.screen)")
        return terminal
    }

    @Test func theFirstScreenComesBeforeTheRestAndGWaitsForIt() throws {
        let file = try LongArticleFile(named: "session-beginning")
        defer { file.remove() }
        let gate = GatedRestReader()
        var requestsAtFirstScreen = -1
        let terminal = try run(file, gate: gate, [
            .wait(for: "Paragraph 1:"), .checkpoint("first"),
            Step(events: [.key(.character("G"))], then: { requestsAtFirstScreen = gate.requests }),
            .wait(for: ProgressiveLoad.waitingMessage), .checkpoint("waiting"),
            Step(then: { gate.release() }),
            .wait(for: LongArticleFile.closing), .checkpoint("end"),
        ])
        let first = try #require(terminal.checkpoint("first"))
        #expect(requestsAtFirstScreen == 1, "the rest was asked for, and not read, when the first screen was painted")
        #expect(first.statusLine.hasPrefix(" …%"), "\(first.statusLine)")
        #expect(!first.contains(LongArticleFile.closing))

        let waiting = try #require(terminal.checkpoint("waiting"))
        #expect(waiting.contains("Paragraph 1:"), "G did not go to the beginning's end:\n\(waiting.text)")
        #expect(!waiting.contains("— end —"))

        let end = try #require(terminal.checkpoint("end"))
        #expect(end.statusLine.hasPrefix(" 100%"), "\(end.statusLine)")
        #expect(end.textPaneRows().contains("— end —"), "\(end.text)")
    }

    @Test func keysBeforeTheRestActInOrderOnTheWholeArticle() throws {
        let file = try LongArticleFile(named: "session-keys")
        defer { file.remove() }
        let gate = GatedRestReader()
        let terminal = try run(file, gate: gate, [
            .wait(for: "Paragraph 1:"),
            // j scrolls at once; G and the k after it wait; the search typed after them too.
            .type("jGk/zanzibar"), .press(.enter),
            .wait(for: ProgressiveLoad.waitingMessage), .checkpoint("waiting"),
            Step(then: { gate.release() }),
            .wait(for: "Zanzibar"), .checkpoint("found"),
        ])
        let waiting = try #require(terminal.checkpoint("waiting"))
        #expect(!waiting.contains(LongArticleFile.closing))
        let found = try #require(terminal.checkpoint("found"))
        #expect(found.textPaneRows().contains { $0.contains(LongArticleFile.closing) }, "\(found.text)")
        #expect(!found.contains(ProgressiveLoad.waitingMessage))
    }

    @Test func gAfterTheRestGoesStraightToTheEnd() throws {
        let file = try LongArticleFile(named: "session-after")
        defer { file.remove() }
        let gate = GatedRestReader()
        gate.release()
        let terminal = try run(file, gate: gate, [
            .wait(for: " 0%"), .type("G"), .wait(for: LongArticleFile.closing), .checkpoint("end"),
        ])
        let end = try #require(terminal.checkpoint("end"))
        #expect(end.statusLine.hasPrefix(" 100%"))
        #expect(!terminal.frames.contains { $0.contains(ProgressiveLoad.waitingMessage) }, "nothing waited")
    }
}

private typealias Step = FakeTerminal.Step

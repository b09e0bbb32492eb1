import Foundation
import Testing
@testable import Reader
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// `reader DIR` below the terminal: a search made while the folder is still being imported
/// matches titles and says so; once the import is done, `n` repeats it over the full text.
@Suite struct ImportSearchSessionTests {
    /// A terminal that types keys once the screen shows what each step waits for.
    final class ScriptedTerminal: TerminalBackend {
        struct Step {
            var waitFor: String
            var keys: [Key]
            /// Done when the text appears, before the keys are typed (changing a file, say).
            var then: (() -> Void)? = nil
            /// Where on each row the text must appear (a pane's columns); anywhere when nil.
            var inColumns: Range<Int>? = nil

            func isShown(on lines: [String]) -> Bool {
                guard let columns = inColumns else { return lines.contains { $0.contains(waitFor) } }
                return lines.contains { line in
                    let characters = Array(line)
                    let part = characters[min(columns.lowerBound, characters.count)..<min(columns.upperBound, characters.count)]
                    return String(part).contains(waitFor)
                }
            }
        }

        let size: Size
        private var steps: [Step]
        private var queued: [Key] = []
        private(set) var screen = ""
        /// What the screen showed when each step's text appeared.
        private(set) var seen: [String] = []
        private var polls = 0

        init(_ steps: [Step], size: Size = Size(width: 160, height: 45)) {
            self.steps = steps
            self.size = size
        }

        func paint(_ frame: Frame) {
            let lines = frame.lines()
            screen = lines.joined(separator: "\n")
            if let step = steps.first, step.isShown(on: lines) {
                steps.removeFirst()
                seen.append(screen)
                step.then?()
                queued += step.keys
            }
        }

        func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
            if !queued.isEmpty { return .key(queued.removeFirst()) }
            // A step that never comes ends the session instead of hanging the test.
            polls += 1
            if polls > 3_000 { return .key(.character("q")) }
            usleep(UInt32(min(timeoutMilliseconds, 20)) * 1000)
            return nil
        }

        func takePendingSignal() -> Int32? { nil }
        func restore() {}
        var unfinished: [String] { steps.map(\.waitFor) }
    }

    static func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func aSearchDuringTheImportSaysTitlesOnlyAndNRepeatsItInTheFullTextAfterwards() throws {
        let fixture = try TextArticleFolder(named: "reader-import-search", folder: "news", texts: [
            "harbour": "Harbour report\n\nBoats came in late on Tuesday.",
            "budget": "Budget row deepens\n\nThe harbour tax was the sticking point in Parliament.",
            "election": "Election rumours\n\nThe leader spoke in London about schools.",
        ])
        defer { fixture.remove() }
        let store = fixture.store
        let (summaries, work) = fixture.backgroundImport()
        let state = ReaderState(summaries: summaries, size: Size(width: 80, height: 24))

        let terminal = ScriptedTerminal([
            .init(waitFor: "Articles (3)", keys: [.character("/")] + Self.keys("harbour") + [.enter]),
            .init(waitFor: "1 title matches (full text once the import finishes)", keys: []),
            .init(waitFor: "n searches the full text for 'harbour'", keys: [.character("n")]),
            .init(waitFor: "2 matches", keys: [.character("q")]),
        ])
        let services = SessionServices(source: FileArticleSource(), catalog: nil, library: LibrarySync(store: store))
        let status = ReaderSession(state: state, terminal: terminal, services: services, backgroundImport: work).run()
        #expect(status == 0)
        #expect(terminal.unfinished.isEmpty, "the screen never showed: \(terminal.unfinished)")
        #expect(terminal.seen.count == 4 && terminal.seen[3].contains("Budget row deepens"), "the body's match is listed")
        // The entity search goes on in the background; let it end before the folder goes.
        work.waitUntilFinished()
    }
}

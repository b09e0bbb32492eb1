import Foundation
import Testing
@testable import Reader
@testable import ReaderCore

/// The fake terminal's own promises, without a session: events in script order, the quit key at
/// the end, and a hang-up instead of a hung test.
@Suite struct FakeTerminalTests {
    static func frame(showing text: String, size: Size = Size(width: 20, height: 2)) -> Frame {
        var frame = Frame(size: size)
        frame.draw(text, x: 0, y: 0)
        return frame
    }

    @Test func playsTheScriptInOrderThenPressesQuit() {
        let terminal = FakeTerminal([.type("ab"), .resize(width: 30, height: 5), .press(.enter)], size: Size(width: 20, height: 2))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.character("a")))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.character("b")))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .resize(Size(width: 30, height: 5)))
        #expect(terminal.size == Size(width: 30, height: 5), "the size follows the resize")
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.enter))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.character("q")))
        #expect(terminal.takePendingSignal() == nil)
    }

    @Test func aWaitHoldsTheScriptUntilAFrameShowsItsText() {
        let terminal = FakeTerminal([.wait(for: "ready"), .checkpoint("ready"), .type("x")])
        terminal.paint(Self.frame(showing: "loading"))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == nil)
        #expect(terminal.unfinished == ["ready"])
        terminal.paint(Self.frame(showing: "ready now"))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.character("x")))
        #expect(terminal.unfinished.isEmpty)
        #expect(terminal.seen.map { $0.contains("ready now") } == [true])
        #expect(terminal.checkpoint("ready")?.contains("ready now") == true)
        #expect(terminal.frames.count == 2)
    }

    @Test func aWaitThatNeverComesTrueHangsUp() {
        let terminal = FakeTerminal([.wait(for: "never"), .type("x")], waitLimit: .milliseconds(30))
        terminal.paint(Self.frame(showing: "something else"))
        var polls = 0
        while terminal.takePendingSignal() == nil && polls < 100 {
            #expect(terminal.readEvent(timeoutMilliseconds: 10) == nil, "no key is pressed while waiting")
            polls += 1
        }
        #expect(polls < 100, "hung up after the wait limit")
        #expect(terminal.unfinished == ["never"])
    }

    @Test func aSessionThatIgnoresQuitIsHungUpOn() {
        let terminal = FakeTerminal([])
        var presses = 0
        while terminal.takePendingSignal() == nil && presses < 10 {
            #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.character("q")))
            presses += 1
        }
        #expect(presses == 4)
    }

    @Test func aSignalStepIsDeliveredBeforeAnyLaterKey() {
        let terminal = FakeTerminal([.type("a"), .signal(SIGTERM), .type("b")])
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == .key(.character("a")))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == nil)
        #expect(terminal.takePendingSignal() == SIGTERM)
    }
}

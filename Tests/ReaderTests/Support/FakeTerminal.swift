import Foundation
@testable import Reader
@testable import ReaderCore

/// A terminal in memory for the real `ReaderSession`: it plays a script of key presses, resizes
/// and waits for text on screen, and keeps every frame the session paints.
///
/// Steps without a wait are played as fast as the session reads input, so a scenario of keys alone
/// takes as long as the session needs to reduce and render them. A wait holds the script until a
/// painted frame shows its text (for work the session does in the background: an import, entities,
/// a refresh). When the script is done the terminal presses the quit key, so `run()` returns; a
/// session that still does not quit (a prompt open, say) is hung up on (SIGHUP, status 129), as
/// is one whose wait never came true within `waitLimit`. A script can also end with a signal of
/// its own (`.signal(SIGTERM)`).
final class FakeTerminal: TerminalBackend, SuspendableTerminal {
    /// One step of the script: its events, played once its text (if any) is on screen.
    struct Step {
        var waitFor: String?
        var events: [InputEvent]
        /// Done when the text appears, before the events are played (changing a file, say).
        var then: (() -> Void)?
        /// Where on each row the text must appear (a pane's columns); anywhere when nil.
        var inColumns: Range<Int>?
        /// Keeps the frame on screen at this point under this name (see `checkpoint(_:)`).
        var checkpoint: String?
        /// A terminating signal delivered here, as `kill` would.
        var signal: Int32?

        init(
            waitFor: String? = nil, events: [InputEvent] = [], then: (() -> Void)? = nil, inColumns: Range<Int>? = nil,
            checkpoint: String? = nil, signal: Int32? = nil
        ) {
            self.waitFor = waitFor
            self.events = events
            self.then = then
            self.inColumns = inColumns
            self.checkpoint = checkpoint
            self.signal = signal
        }

        /// Waits for `text`, then presses `keys`.
        init(waitFor text: String, keys: [Key], then: (() -> Void)? = nil, inColumns: Range<Int>? = nil) {
            self.init(waitFor: text, events: keys.map(InputEvent.key), then: then, inColumns: inColumns)
        }

        /// Each character typed as a key (`"jj"`, `"/harbour"`).
        static func type(_ text: String) -> Step { Step(events: text.map { .key(.character($0)) }) }
        static func press(_ keys: Key...) -> Step { Step(events: keys.map(InputEvent.key)) }
        static func resize(width: Int, height: Int) -> Step { Step(events: [.resize(Size(width: width, height: height))]) }
        static func wait(for text: String, inColumns: Range<Int>? = nil) -> Step { Step(waitFor: text, inColumns: inColumns) }
        static func checkpoint(_ name: String) -> Step { Step(checkpoint: name) }
        static func signal(_ number: Int32) -> Step { Step(signal: number) }

        func isShown(on frame: Frame) -> Bool {
            guard let text = waitFor else { return true }
            guard let columns = inColumns else { return frame.contains(text) }
            return frame.lines().contains { line in
                let characters = Array(line)
                let part = characters[min(columns.lowerBound, characters.count)..<min(columns.upperBound, characters.count)]
                return String(part).contains(text)
            }
        }
    }

    private(set) var size: Size
    private var steps: [Step]
    private var queued: [InputEvent] = []
    /// Every frame painted, in order.
    private(set) var frames: [Frame] = []
    /// The frame on screen when each wait came true.
    private(set) var seen: [Frame] = []
    private var checkpoints: [String: Frame] = [:]
    /// Times the session handed the terminal to another program (an editor, a browser).
    private(set) var suspensions = 0
    private(set) var isSuspended = false
    /// Frames painted while another program had the terminal: a session bug, so tests check it is 0.
    private(set) var paintsWhileSuspended = 0
    private(set) var restoreCount = 0
    let quitKey: Key
    let waitLimit: Duration
    private var waitStarted: ContinuousClock.Instant?
    private var quitPresses = 0
    private var pendingSignal: Int32?

    init(_ steps: [Step], size: Size = Size(width: 160, height: 45), quitKey: Key = .character("q"), waitLimit: Duration = .seconds(30)) {
        self.steps = steps
        self.size = size
        self.quitKey = quitKey
        self.waitLimit = waitLimit
    }

    var lastFrame: Frame? { frames.last }
    /// The last frame as text, one string per row.
    var lines: [String] { lastFrame?.lines() ?? [] }
    var screen: String { lines.joined(separator: "\n") }
    /// The waits that never came true.
    var unfinished: [String] { steps.compactMap(\.waitFor) }

    func paint(_ frame: Frame) {
        if isSuspended { paintsWhileSuspended += 1 }
        frames.append(frame)
    }

    func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        if queued.isEmpty { takeReadySteps() }
        // The session looks for a signal before it reads again.
        if pendingSignal != nil { return nil }
        if !queued.isEmpty {
            let event = queued.removeFirst()
            if case .resize(let newSize) = event { size = newSize }
            return event
        }
        if steps.isEmpty {
            quitPresses += 1
            if quitPresses > 3 { pendingSignal = SIGHUP }
            return .key(quitKey)
        }
        if let waitStarted, ContinuousClock.now - waitStarted > waitLimit {
            // The rest of the script waits on what never came: stop here, the steps kept as unfinished.
            pendingSignal = SIGHUP
            return nil
        }
        usleep(UInt32(max(1, min(timeoutMilliseconds, 10))) * 1000)
        return nil
    }

    /// Queues the events of every step that can be played now.
    private func takeReadySteps() {
        while queued.isEmpty, let step = steps.first {
            if step.waitFor != nil {
                guard let frame = lastFrame, step.isShown(on: frame) else {
                    waitStarted = waitStarted ?? ContinuousClock.now
                    return
                }
                seen.append(frame)
                waitStarted = nil
            }
            steps.removeFirst()
            if let name = step.checkpoint { checkpoints[name] = lastFrame }
            if let signal = step.signal {
                pendingSignal = signal
                return
            }
            step.then?()
            queued += step.events
        }
    }

    /// The frame on screen when the script reached the checkpoint of this name.
    func checkpoint(_ name: String) -> Frame? { checkpoints[name] }

    func takePendingSignal() -> Int32? {
        defer { pendingSignal = nil }
        return pendingSignal
    }

    func restore() { restoreCount += 1 }

    func suspend() {
        suspensions += 1
        isSuspended = true
    }

    func resume() { isSuspended = false }
}

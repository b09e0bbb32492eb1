import Foundation
import Testing

/// Every file of `HostileCorpus` through `reader show` (the printed bytes) and the interactive
/// reader in tmux (the screen, and the terminal's title, clipboard and modes after quitting).
@Suite("Hostile content: the corpus shown, never obeyed", .serialized)
struct HostileContentTests {
    /// The corpus written once for the run; a failure to write it fails each test that needs it.
    static let written: Result<URL, CorpusNotWritten> = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-hostile-\(getpid())")
        do {
            try HostileCorpus.write(to: url)
            return .success(url)
        } catch {
            return .failure(CorpusNotWritten(description: "the hostile corpus was not written to \(url.path): \(error)"))
        }
    }()

    struct CorpusNotWritten: Error, CustomStringConvertible {
        let description: String
    }

    static var directory: URL {
        get throws { try written.get() }
    }

    static func path(_ item: HostileCorpus.Case) throws -> String {
        try directory.appendingPathComponent(item.fileName).path
    }

    /// What a terminal must be left with: the normal screen, a visible cursor, no insert, keypad,
    /// origin or mouse mode, auto-wrap on.
    static let restoredModes = [
        "alternate_on": "0", "cursor_flag": "1", "insert_flag": "0", "keypad_cursor_flag": "0", "keypad_flag": "0",
        "origin_flag": "0", "wrap_flag": "1", "mouse_any_flag": "0", "mouse_sgr_flag": "0",
    ]

    static func modes(of session: TmuxSession) throws -> [String: String] {
        let names = restoredModes.keys.sorted()
        let values = try session.display(names.map { "#{\($0)}" }.joined(separator: " ")).split(separator: " ").map(String.init)
        return Dictionary(uniqueKeysWithValues: zip(names, values))
    }

    @Test("reader show prints no control byte", arguments: HostileCorpus.all)
    func show(_ item: HostileCorpus.Case) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        // Through a file, so the check sees the bytes printed, not their decoding.
        let printed = try Self.directory.appendingPathComponent(item.name + ".shown")
        defer { try? FileManager.default.removeItem(at: printed) }
        let result = try ChildProcess.run(
            "/bin/sh", ["-c", #"exec "$0" show --plain --width 1000 "$1" > "$2""#, try ReaderUnderTest.binary(), try Self.path(item), printed.path],
            environment: environment)
        let bytes = [UInt8](FileManager.default.contents(atPath: printed.path) ?? Data())
        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)")
        if item.binary {
            #expect(result.status == 66, "stderr: \(result.error)")
            #expect(result.error.contains("binary file"), "stderr: \(result.error)")
            #expect(bytes.isEmpty)
            return
        }
        #expect(result.status == 0, "stderr: \(result.error)")
        let controlBytes = bytes.filter { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
        #expect(controlBytes.isEmpty, "printed control bytes \(Set(controlBytes))")
        let output = try #require(String(validating: bytes, as: UTF8.self), "printed bytes that are not UTF-8")
        #expect(output.hasPrefix(item.title + "\n"), "\(output.prefix(200).debugDescription)")
        #expect(output.contains("End of \(item.name)."))
        if let shown = item.shown {
            #expect(output.contains(shown), "\(shown.debugDescription) not in \(output.prefix(300).debugDescription)")
        }
        let controls = output.unicodeScalars.filter { ReaderUnderTest.isControl($0) && $0 != "\n" }
        #expect(controls.isEmpty, "printed \(Set(controls.map { String($0.value, radix: 16) }))")
    }

    @Test("The reader in tmux shows each file and leaves the terminal as it was", needsTmux, arguments: HostileCorpus.all)
    func interactive(_ item: HostileCorpus.Case) async throws {
        // One pane of 79 columns: the payloads start their paragraphs, so each is on one row.
        let session = try TmuxSession(try ReaderUnderTest.binary(), [try Self.path(item)], width: 79, height: 24)
        defer { session.close() }
        let titleBefore = try session.display("#{pane_title}")

        if item.binary {
            #expect(try await session.waitForExit() == 66)
            #expect(try session.capture().contains("binary file"))
        } else {
            var screen = try await session.waitFor("Article · \(item.title)", timeout: .seconds(20))
            if let shown = item.shownOnScreen ?? item.shown {
                screen = try await session.waitFor(shown)
            }
            let controls = screen.text.unicodeScalars.filter { ReaderUnderTest.isControl($0) && $0 != "\n" }
            #expect(controls.isEmpty, "control scalars on screen: \(controls.map { String($0.value, radix: 16) })")
            try session.sendKeys("G")
            screen = try await session.waitUntil("G shows the end", timeout: .seconds(20)) { $0.contains("End of \(item.name).") }
            try session.sendKeys("q")
            #expect(try await session.waitForExit() == 0)
        }

        let title = try session.display("#{pane_title}")
        #expect(title == titleBefore && !title.contains("PWNED"), "window title changed to \(title.debugDescription)")
        #expect(try session.tmux("list-buffers").isEmpty, "a clipboard write reached tmux")
        #expect(try Self.modes(of: session) == Self.restoredModes)
    }

    @Test("Control: the same kinds of sequences printed raw do change the modes", needsTmux)
    func modesControl() async throws {
        let raw = "\u{1B}[4h\u{1B}[?1000h\u{1B}[?1006h\u{1B}[?25l\u{1B}[?1h\u{1B}=\u{1B}[?6h\u{1B}[?7l\u{1B}[?1049h"
        let session = try TmuxSession("/usr/bin/printf", [raw.replacingOccurrences(of: "%", with: "%%")], width: 79, height: 24)
        defer { session.close() }
        #expect(try await session.waitForExit() == 0)
        let changed = try Self.modes(of: session).filter { Self.restoredModes[$0.key] != $0.value }
        #expect(Set(changed.keys) == Set(Self.restoredModes.keys), "modes the control did not change: \(Set(Self.restoredModes.keys).subtracting(changed.keys))")
    }
}

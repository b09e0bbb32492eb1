import Foundation
import Testing

/// Layer 4 of "Testing in layers" (ARCHITECTURE.md): the real `reader` binary in tmux.
///
/// Each test starts its own tmux server (unique `-L` socket, `-f /dev/null`), drives the binary
/// with `send-keys` / `resize-window`, and polls `capture-pane` for the expected screen instead
/// of sleeping. The binary is `.build/debug/reader`: run `swift build` before `swift test`.
/// Without tmux the tests that need it are skipped with the reason "tmux not installed".
@Suite("End to end: the reader binary in tmux", .serialized)
struct EndToEndTests {
    static let seedTitle = "Breaking: Kremlin announces Kim Jong-un's visit to Russia"
    static let seedLastParagraph = "Putin claims that Poland will invade Belarus."
    static let furniture = "Trending Now"
    /// Third in the list, which is sorted newest first.
    static let thirdSampleTitle = "Tokyo commuters brace for overnight signal upgrade on the Yamanote Line"

    // MARK: 1. The seed article

    @Test("Seed article: title, no furniture, G reaches 100%, resizes keep the position, q exits 0", needsTmux)
    func seedArticle() async throws {
        let session = try TmuxSession(try ReaderUnderTest.binary(), [ReaderUnderTest.seedArticle], width: 120, height: 40)
        defer { session.close() }

        var screen = try await session.waitFor(Self.seedTitle)
        #expect(!screen.contains(Self.furniture), "furniture shown:\n\(screen.text)")

        try session.sendKeys("G")
        screen = try await session.waitUntil("G shows the last paragraph and 100%") {
            $0.contains(Self.seedLastParagraph) && $0.statusLine.contains("100%")
        }
        #expect(!screen.contains(Self.furniture), "furniture shown:\n\(screen.text)")
        // The reading position is an anchor in the text: the first word of the top text row.
        let anchorWord = try #require(
            ReaderUnderTest.firstTextRow(of: screen).split(separator: " ").first.map(String.init),
            "no text on the first row after G:\n\(screen.text)")

        try session.resize(width: 80, height: 24)
        screen = try await session.waitUntil("the reader redraws at 80x24") {
            ReaderUnderTest.isRedrawn($0, width: 80, height: 24)
        }
        #expect(ReaderUnderTest.firstTextRow(of: screen).contains(anchorWord),
                "reading position lost at 80x24: expected \"\(anchorWord)\" on the top text row:\n\(screen.text)")
        #expect(!screen.contains(Self.furniture))

        try session.resize(width: 200, height: 50)
        screen = try await session.waitUntil("the reader redraws at 200x50 with the last paragraph and 100%") {
            ReaderUnderTest.isRedrawn($0, width: 200, height: 50)
                && $0.contains(Self.seedLastParagraph) && $0.statusLine.contains("100%")
        }
        // Growing at the end fills the taller pane with earlier text rather than blank rows.
        #expect(screen.contains(anchorWord), "\"\(anchorWord)\" no longer on screen at 200x50:\n\(screen.text)")
        #expect(!screen.contains(Self.furniture))

        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
    }

    // MARK: 2. The list of samples

    @Test("Samples directory: list of 6, j j Enter opens the third, Tab, ? help, Esc, q exits 0", needsTmux)
    func samplesDirectory() async throws {
        let session = try TmuxSession(try ReaderUnderTest.binary(), [ReaderUnderTest.samplesDirectory], width: 160, height: 45)
        defer { session.close() }

        var screen = try await session.waitFor("Articles (6)")
        #expect(screen.lines.first?.contains("Articles (6)") == true, "list title not on the top row:\n\(screen.text)")
        #expect(!screen.contains(Self.thirdSampleTitle), "an article is open before Enter:\n\(screen.text)")

        try session.sendKeys("j", "j", "Enter")
        // The list truncates titles at this width; the whole title is only in the text pane.
        screen = try await session.waitUntil("the third article opens in the text pane") {
            $0.contains(Self.thirdSampleTitle) && $0.lines.first?.contains("Article · Tokyo commuters") == true
        }

        let hintsBefore = screen.statusLine
        try session.sendKeys("Tab")
        screen = try await session.waitUntil("Tab moves the focus (the key hints change)") {
            $0.statusLine != hintsBefore && $0.statusLine.hasSuffix("q quit")
        }

        #expect(!screen.contains("Keys"))
        try session.sendKeys("?")
        // The overlay can be captured mid-paint: a screen with its title but not yet its last row is not a failure.
        screen = try await session.waitUntil("the help overlay with its key list down to Quit") {
            $0.contains("Keys") && $0.contains("Quit")
        }

        try session.sendKeys("Escape")
        screen = try await session.waitUntil("Esc closes the help overlay") {
            !$0.contains("Keys") && $0.contains(Self.thirdSampleTitle)
        }

        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
    }

    // MARK: 3. A missing path

    @Test("A missing path exits 66 with a message naming it")
    func missingPath() throws {
        let missing = "/nonexistent/file.txt"
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("reader-missing-\(UUID().uuidString)").path
        let result = try ChildProcess.run(try ReaderUnderTest.binary(), [missing], environment: environment)

        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0); stderr: \(result.error)")
        #expect(result.status == 66, "stderr: \(result.error)")
        #expect(result.error.contains(missing), "stderr does not name the path: \(result.error)")
        #expect(result.output.isEmpty, "unexpected stdout: \(result.output)")
    }

    // MARK: 4. Tiny and rapid resizes

    @Test("Tiny and rapid resizes: still alive, title back at 100x30, q exits 0", needsTmux)
    func tinyAndRapidResizes() async throws {
        let session = try TmuxSession(try ReaderUnderTest.binary(), [ReaderUnderTest.seedArticle], width: 100, height: 30)
        defer { session.close() }
        try await session.waitFor(Self.seedTitle)

        for (width, height) in [(1, 1), (2, 2), (10, 3), (300, 100), (40, 10), (100, 30)] {
            try session.resize(width: width, height: height)
        }
        let screen = try await session.waitUntil("the reader redraws at 100x30 with the title") {
            ReaderUnderTest.isRedrawn($0, width: 100, height: 30) && $0.contains(Self.seedTitle)
        }
        let pid = try await session.programPID()
        #expect(screen.exitStatus == nil && kill(pid, 0) == 0, "\(screen.processDescription)")
        #expect(try session.display("#{window_width}x#{window_height}") == "100x30")

        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
    }

    // MARK: 5. SIGTERM

    @Test("SIGTERM: exit status 143 and the terminal restored", needsTmux)
    func sigterm() async throws {
        let session = try TmuxSession(try ReaderUnderTest.binary(), [ReaderUnderTest.seedArticle], width: 120, height: 40)
        defer { session.close() }

        try await session.waitFor(Self.seedTitle)
        #expect(try session.display("#{alternate_on}") == "1", "the reader does not use the alternate screen")
        let pid = try await session.programPID()
        #expect(kill(pid, SIGTERM) == 0)

        #expect(try await session.waitForExit() == 128 + SIGTERM)
        // The shell's "EXIT=143" is on the normal screen, and the reader's screen is gone.
        let screen = try session.snapshot()
        #expect(screen.contains("\(TmuxSession.exitMarker)143"), "\(screen.text)")
        #expect(!screen.contains(Self.seedTitle), "the reader's screen is still shown:\n\(screen.text)")
        #expect(try session.display("#{alternate_on}") == "0", "still on the alternate screen")
        #expect(try session.display("#{cursor_flag}") == "1", "the cursor was not shown again")
    }

    // MARK: 6. Hostile content

    @Test("Hostile content: escape sequences, C1 controls and bidi overrides are shown, not obeyed", needsTmux)
    func hostileContent() async throws {
        let directory = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.txt")
        let article = [
            "Evil \u{1B}]0;PWNED\u{07} headline \u{202E}desrever",
            "Clear: \u{1B}[2J screen kept.",
            "Clipboard: \u{1B}]52;c;aGVsbG8=\u{07} end.",
            "C1 CSI: \u{9B}31m not red.",
            "Bidi: \u{202E}olleh end.",
            "Last line stays visible.",
        ].joined(separator: "\n\n") + "\n"
        try Data(article.utf8).write(to: file)

        // After the reader, a positive control: the same kinds of sequences printed raw must work,
        // or the checks below would prove nothing.
        let control = #"printf '\033]0;CONTROL-TITLE\007\033]52;c;Y29udHJvbA==\007'"#
        let session = try TmuxSession(try ReaderUnderTest.binary(), [file.path], width: 120, height: 30, afterExit: control)
        defer { session.close() }

        let screen = try await session.waitUntil("the hostile article is shown") {
            $0.contains("Evil ␛]0;PWNED␇ headline") && $0.contains("Last line stays visible.")
        }
        // The clear-screen sequence did not wipe what was drawn before it.
        #expect(screen.contains("Clear: ␛[2J screen kept."), "\(screen.text)")
        #expect(screen.contains("Clipboard: ␛]52;c;aGVsbG8=␇ end."), "\(screen.text)")
        #expect(ReaderUnderTest.placeholder(before: "31m not red.", in: screen).map(ReaderUnderTest.isVisible) == true,
                "C1 CSI not shown as a visible placeholder:\n\(screen.text)")
        #expect(ReaderUnderTest.placeholder(before: "olleh end.", in: screen).map(ReaderUnderTest.isVisible) == true,
                "bidi override not shown as a visible placeholder:\n\(screen.text)")
        let controls = screen.text.unicodeScalars.filter { ReaderUnderTest.isControl($0) && $0 != "\n" }
        #expect(controls.isEmpty, "control scalars on screen: \(controls.map { String($0.value, radix: 16) })")

        #expect(!(try session.display("#{pane_title}")).contains("PWNED"))
        #expect(try session.tmux("list-buffers").isEmpty, "OSC 52 reached the clipboard")
        let styled = try session.captureWithAttributes()
        let redLine = try #require(styled.components(separatedBy: "\n").first { $0.contains("not red.") },
                                   "no row of the styled capture shows \"not red.\":\n\(styled)")
        #expect(!ReaderUnderTest.sgrParameters(in: redLine).contains("31"), "C1 CSI 31m turned text red: \(redLine.debugDescription)")

        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
        try await session.waitUntil("the same sequences printed by the shell take effect", afterExit: true) { _ in
            (try? session.display("#{pane_title}")) == "CONTROL-TITLE"
                && (try? session.tmux("list-buffers").isEmpty) == false
        }
    }
}

/// Tests that drive tmux are skipped, not passed, where it is missing.
let needsTmux: ConditionTrait = .enabled(if: tmuxAvailable, "tmux not installed")

/// The binary under test and facts about its screen.
enum ReaderUnderTest {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/ReaderTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let samplesDirectory = repositoryRoot.appendingPathComponent("Sources/ReaderResources/Resources/Samples").path
    static let seedArticle = samplesDirectory + "/01-kremlin-kim-visit.txt"

    /// `.build/debug/reader` of this checkout (or `READER_BINARY`); fails clearly when missing.
    static func binary() throws -> String {
        let path = ProcessInfo.processInfo.environment["READER_BINARY"]
            ?? repositoryRoot.appendingPathComponent(".build/debug/reader").path
        try #require(FileManager.default.isExecutableFile(atPath: path),
                     "The reader binary is missing at \(path): run `swift build` first (or set READER_BINARY).")
        return path
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Whether the screen has been painted at this size: all rows there, and the status line's key
    /// hints end at the right edge (a stale, clipped or shorter status line does not).
    static func isRedrawn(_ screen: PaneSnapshot, width: Int, height: Int) -> Bool {
        let status = screen.statusLine
        return screen.lines.count == height && status.hasSuffix("q quit")
            && (width - 3...width).contains(status.count)
    }

    /// The top row of the text pane: the row under the pane titles, right of the list's separator.
    static func firstTextRow(of screen: PaneSnapshot) -> String {
        guard screen.lines.count > 1 else { return "" }
        let parts = screen.lines[1].components(separatedBy: "│")
        return (parts.count > 1 ? parts[1] : parts[0]).trimmingCharacters(in: .whitespaces)
    }

    /// The scalar just before `text` on the screen row that contains it.
    static func placeholder(before text: String, in screen: PaneSnapshot) -> Unicode.Scalar? {
        guard let line = screen.lines.first(where: { $0.contains(text) }),
              let range = line.range(of: text) else { return nil }
        return String(line[..<range.lowerBound]).unicodeScalars.last
    }

    /// C0 and C1 controls, DEL and bidi controls: what must never reach the terminal from content.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }

    /// Neither a control nor white space: something a reader can see.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        !isControl(scalar) && !scalar.properties.isWhitespace
    }

    /// Every parameter of the SGR sequences (`ESC [ … m`) in a line of `capture-pane -e` output.
    static func sgrParameters(in line: String) -> [String] {
        var parameters: [String] = []
        var rest = Substring(line)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                parameters += rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            }
            rest = rest[end...]
        }
        return parameters
    }
}

import CNcurses
import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore

/// The backend round trip without a TTY: newterm on /dev/null, paint a frame, read the cells back.
@Suite(.serialized) struct NcursesTerminalTests {
    func withTerminal(
        _ type: String = "xterm-256color", environment: [String: String] = [:], _ body: (NcursesTerminal) throws -> Void
    ) throws {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer { fclose(output); fclose(input) }
        let terminal = try NcursesTerminal(terminalType: type, output: output, input: input, environment: environment)
        try body(terminal)
        terminal.restore()
    }

    /// The events the backend reads from `bytes` as a terminal's input, until there are none.
    func events(from bytes: String, type: String = "xterm-256color") throws -> [InputEvent] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reader-input-\(UUID().uuidString)").path
        try bytes.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen(path, "r"))
        defer { fclose(output); fclose(input) }
        let terminal = try NcursesTerminal(terminalType: type, output: output, input: input, mouse: false, environment: [:])
        defer { terminal.restore() }
        var events: [InputEvent] = []
        var idle = 0
        while idle < 3, events.count < 50 {
            if let event = terminal.readEvent(timeoutMilliseconds: 10) { events.append(event); idle = 0 } else { idle += 1 }
        }
        return events
    }

    @Test func sequencesTheTerminfoEntryLacksAreReadWhole() throws {
        // xterm-256color's End is ESC O F; tmux sends ESC [ 4 ~. Insert (ESC [ 2 ~) means nothing here.
        let events = try events(from: "a\u{1B}[4~b\u{1B}[2~c\u{1B}[1~\u{1B}")
        #expect(events == [.key(.character("a")), .key(.end), .key(.character("b")), .key(.character("c")), .key(.home), .key(.escape)])
    }

    /// The characters, attributes and colour pair ncurses holds for a cell.
    func cell(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int32) {
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int32 = 0
        _ = reader_get_cell(reader_stdscr(), Int32(y), Int32(x), &text, &attributes, &pair)
        let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    @Test func paintsWideCharactersCombiningMarksAndAttributes() throws {
        try withTerminal { terminal in
            let size = terminal.size
            #expect(size.width > 10 && size.height > 2)
            var frame = Frame(size: size)
            frame.draw("中x", x: 0, y: 0, style: .bold)
            frame.draw("e\u{301}!", x: 0, y: 1, style: Style(foreground: .red, reverse: true))
            terminal.paint(frame)

            let wide = cell(x: 0, y: 0)
            #expect(wide.text == "中")
            #expect(wide.attributes & reader_attr_bold() != 0)
            #expect(cell(x: 2, y: 0).text == "x", "the wide character took two columns")
            let accented = cell(x: 0, y: 1)
            #expect(accented.text == "e\u{301}")
            #expect(accented.attributes & reader_attr_reverse() != 0)
            #expect(cell(x: 1, y: 1).text == "!")
        }
    }

    /// ncurses has no strikethrough attribute: struck-out letters carry U+0336, spaces stay blank.
    @Test func struckOutTextIsDrawnWithACombiningStroke() throws {
        try withTerminal { terminal in
            var frame = Frame(size: terminal.size)
            frame.draw("no way", x: 0, y: 0, style: Style(strikethrough: true))
            frame.draw("é", x: 0, y: 1, style: Style(strikethrough: true))
            terminal.paint(frame)
            #expect(cell(x: 0, y: 0).text == "n\u{336}")
            #expect(cell(x: 2, y: 0).text == " ")
            #expect(cell(x: 5, y: 0).text == "y\u{336}")
            #expect(cell(x: 0, y: 1).text == "é\u{336}")
        }
    }

    /// The foreground and background colour numbers of a pair.
    func colors(ofPair pair: Int32) -> (Int32, Int32) {
        var foreground: Int32 = 0, background: Int32 = 0
        _ = reader_pair_content(pair, &foreground, &background)
        return (foreground, background)
    }

    @Test func coloursAreReducedToTheTerminalAndPairsMadeOnDemand() throws {
        try withTerminal { terminal in
            #expect(terminal.colorDepth == .palette256)
            var frame = Frame(size: terminal.size)
            frame.draw("a", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0)))
            frame.draw("b", x: 1, y: 0, style: Style(foreground: .indexed(208), background: .blue))
            frame.draw("c", x: 2, y: 0, style: Style(foreground: .rgb(255, 0, 0)))
            frame.draw("d", x: 3, y: 0, style: Style(background: .bright(.yellow)))
            terminal.paint(frame)
            let first = cell(x: 0, y: 0).pair
            #expect(first != 0)
            #expect(colors(ofPair: first) == (196, -1), "#ff0000 is palette entry 196, on the default background")
            #expect(colors(ofPair: cell(x: 1, y: 0).pair) == (208, 4))
            #expect(cell(x: 2, y: 0).pair == first, "the same colours share a pair")
            #expect(colors(ofPair: cell(x: 3, y: 0).pair) == (-1, 11))
        }
    }

    @Test func eightColourTerminalsGetTheNearestBasicColour() throws {
        try withTerminal("xterm") { terminal in
            #expect(terminal.colorDepth == .eight)
            var frame = Frame(size: terminal.size)
            frame.draw("a", x: 0, y: 0, style: Style(foreground: .rgb(250, 10, 10), background: .bright(.blue)))
            terminal.paint(frame)
            #expect(colors(ofPair: cell(x: 0, y: 0).pair) == (1, 4))
        }
    }

    @Test(.enabled(if: hasDirectColorTerminfo, "no xterm-direct terminfo (Debian: ncurses-term)"))
    func directColourTerminalsGetRGB() throws {
        try withTerminal("xterm-direct") { terminal in
            #expect(terminal.colorDepth == .direct)
            var frame = Frame(size: terminal.size)
            frame.draw("a", x: 0, y: 0, style: Style(foreground: .rgb(255, 135, 0), background: .blue))
            frame.draw("b", x: 1, y: 0, style: Style(foreground: .indexed(196)))
            terminal.paint(frame)
            #expect(colors(ofPair: cell(x: 0, y: 0).pair) == (0xFF8700, 4))
            #expect(colors(ofPair: cell(x: 1, y: 0).pair) == (0xFF0000, -1))
        }
    }

    @Test func noColorAndMonochromeUseAttributesOnly() throws {
        for (type, environment) in [("xterm-256color", ["NO_COLOR": "1"]), ("vt100", [:])] {
            try withTerminal(type, environment: environment) { terminal in
                #expect(terminal.colorDepth == .none)
                var frame = Frame(size: terminal.size)
                frame.draw("m", x: 0, y: 0, style: Style(foreground: .cyan))
                frame.draw("h", x: 1, y: 0, style: Style(foreground: .black, background: .yellow))
                terminal.paint(frame)
                let mention = cell(x: 0, y: 0), highlight = cell(x: 1, y: 0)
                #expect(mention.pair == 0 && highlight.pair == 0, "\(type): no colour pairs")
                #expect(mention.attributes & reader_attr_underline() != 0, "\(type): a coloured word is underlined")
                #expect(highlight.attributes & reader_attr_reverse() != 0, "\(type): a background is reverse video")
            }
        }
    }

    @Test func repaintingChangesOnlyWhatDiffers() throws {
        try withTerminal { terminal in
            var frame = Frame(size: terminal.size)
            frame.draw("first", x: 0, y: 0)
            terminal.paint(frame)
            frame.draw("later", x: 0, y: 0)
            terminal.paint(frame)
            #expect(cell(x: 0, y: 0).text == "l")
            #expect(cell(x: 4, y: 0).text == "r")
        }
    }

    @Test func hostileTextIsPaintedAsPlaceholders() throws {
        try withTerminal { terminal in
            var frame = Frame(size: terminal.size)
            frame.draw("\u{1B}]0;x\u{07}\u{9B}", x: 0, y: 0)
            terminal.paint(frame)
            #expect(cell(x: 0, y: 0).text == "\u{241B}")
            #expect(cell(x: 5, y: 0).text == "\u{2407}")
            #expect(cell(x: 6, y: 0).text == "\u{FFFD}")
        }
    }

    @Test func unknownTerminalTypeIsAnErrorNotAnExit() throws {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer { fclose(output); fclose(input) }
        #expect(throws: TerminalSetupError.self) {
            _ = try NcursesTerminal(terminalType: "no-such-terminal-xyz", output: output, input: input)
        }
    }

    @Test func keyCodesMapToKeys() {
        #expect(NcursesKeys.functionKey(KEY_DOWN) == .down)
        #expect(NcursesKeys.functionKey(KEY_NPAGE) == .pageDown)
        #expect(NcursesKeys.functionKey(KEY_BTAB) == .backTab)
        #expect(NcursesKeys.characterKey(4) == .control("d"))
        #expect(NcursesKeys.characterKey(13) == .enter)
        #expect(NcursesKeys.characterKey(27) == .escape)
        #expect(NcursesKeys.characterKey(0x4E2D) == .character("中"))
        #expect(NcursesKeys.characterKey(0x9B) == .character("\u{9B}"))
    }
}

let hasDirectColorTerminfo = ["/usr/share/terminfo/x/xterm-direct", "/lib/terminfo/x/xterm-direct", "/etc/terminfo/x/xterm-direct"]
    .contains { FileManager.default.fileExists(atPath: $0) }

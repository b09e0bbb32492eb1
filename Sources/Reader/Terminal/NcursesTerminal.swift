import CNcurses
import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore

/// Why the terminal could not be set up.
enum TerminalSetupError: Error, CustomStringConvertible {
    case notUTF8(locale: String)
    case unknownTerminal(String)

    var description: String {
        switch self {
        case .notUTF8(let locale):
            return "the locale '\(locale)' does not use UTF-8; set LANG or LC_ALL to a UTF-8 locale such as C.UTF-8"
        case .unknownTerminal(let name):
            return "cannot use terminal type '\(name)' (TERM); try TERM=xterm-256color"
        }
    }
}

/// The only code that talks to ncurses: paints frames cell by cell and turns keys into `InputEvent`s.
final class NcursesTerminal: TerminalBackend, SuspendableTerminal {
    private let screen: OpaquePointer
    private var previous: Frame?
    private var restored = false
    /// What the terminal shows of colour; `none` also under NO_COLOR.
    let colorDepth: ColorDepth
    private var pairs = ColorPairs()
    /// Escape sequences ncurses did not decode (not in the terminfo entry) are read whole here.
    private var decoder = KeySequenceDecoder()
    /// Keys decoded but not yet returned (an Esc and the key after it come together).
    private var pendingKeys: [Key] = []
    /// How long to wait for the next byte of a sequence already begun. ncurses has waited ESCDELAY
    /// before handing over the Esc, so the rest of a sequence is already there.
    static let sequenceByteWait: Int32 = 25

    /// Starts curses on the given streams (the process's terminal when nil). `mouse` asks the
    /// terminal for clicks and the wheel; NO_COLOR in `environment` turns colour off.
    init(
        terminalType: String? = nil, output: UnsafeMutablePointer<FILE>? = nil, input: UnsafeMutablePointer<FILE>? = nil,
        mouse: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        try Self.ensureUTF8Locale()
        let type = terminalType ?? ProcessInfo.processInfo.environment["TERM"] ?? "dumb"
        guard let screen = newterm(type, output ?? reader_stdout(), input ?? reader_stdin()) else {
            throw TerminalSetupError.unknownTerminal(type)
        }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(reader_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if mouse { reader_enable_mouse() } else { reader_disable_mouse() }
        let wantsColor = ColorDepth.detect(hasColors: has_colors(), colors: 8, environment: environment) > .none
        if wantsColor {
            start_color()
            // The terminal's own background and text colour stay: light and dark themes both work.
            use_default_colors()
        }
        // COLORS is known only once colour is started.
        colorDepth = wantsColor ? ColorDepth.detect(hasColors: true, colors: Int(reader_colors()), environment: environment) : .none
        pairs.limit = Int32(reader_color_pairs())
        TerminationSignals.install()
        TerminationSignals.restoreTerminalOnCrash()
    }

    deinit {
        restore()
        delscreen(screen)
    }

    static func ensureUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if reader_codeset_is_utf8() != 0 { return }
        let current = String(cString: setlocale(LC_CTYPE, nil))
        // An unset locale ("C"/"POSIX") is common in containers: fall back to C.UTF-8 quietly.
        if current == "C" || current == "POSIX", setlocale(LC_ALL, "C.UTF-8") != nil, reader_codeset_is_utf8() != 0 {
            return
        }
        throw TerminalSetupError.notUTF8(locale: current)
    }

    var size: Size {
        Size(width: Int(reader_max_x(reader_stdscr())), height: Int(reader_max_y(reader_stdscr())))
    }

    func paint(_ frame: Frame) {
        let window = reader_stdscr()
        let full = previous?.size != frame.size
        if full { werase(window) }
        var text = [wchar_t](repeating: 0, count: 8)
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                let cell = frame[x, y]
                if cell.isWideContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                var count = 0
                for scalar in cell.text.unicodeScalars where count < 6 {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 { text[0] = 0x20; count = 1 }
                if cell.style.strikethrough, text[0] != 0x20, count < 6 {
                    text[count] = wchar_t(Self.combiningStroke.value)
                    count += 1
                }
                text[count] = 0
                let (attributes, pair) = attributesAndPair(for: cell.style)
                _ = reader_set_cell(window, Int32(y), Int32(x), text, attributes, pair)
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = frame
    }

    /// U+0336 over a character strikes it out wherever the terminal draws combining marks, which
    /// every terminal with a UTF-8 locale (the only kind Reader runs in) does.
    static let combiningStroke: Unicode.Scalar = "\u{0336}"

    private func attributesAndPair(for style: Style) -> (attr_t, Int32) {
        let drawn = TerminalStyle(style, depth: colorDepth)
        var attributes = reader_attr_normal()
        if drawn.bold { attributes |= reader_attr_bold() }
        if drawn.dim { attributes |= reader_attr_dim() }
        if drawn.italic { attributes |= reader_attr_italic() }
        if drawn.reverse { attributes |= reader_attr_reverse() }
        if drawn.underline { attributes |= reader_attr_underline() }
        guard drawn.foreground != nil || drawn.background != nil else { return (attributes, 0) }
        return (attributes, pairs.pair(foreground: drawn.foreground ?? -1, background: drawn.background ?? -1))
    }

    func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
        let window = reader_stdscr()
        while true {
            wtimeout(window, decoder.isInsideSequence ? Self.sequenceByteWait : timeoutMilliseconds)
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            var keys: [Key] = []
            if result == ERR {
                guard decoder.isInsideSequence else { return nil }
                keys = decoder.timedOut()
            } else if result == reader_key_code_yes() {
                if Int32(character) == reader_key_resize() {
                    previous = nil
                    pendingKeys += decoder.timedOut()
                    return .resize(size)
                }
                if Int32(character) == reader_key_mouse() {
                    pendingKeys += decoder.timedOut()
                    return mouseEvent()
                }
                guard let key = NcursesKeys.functionKey(Int32(character)) else { continue }
                keys = decoder.feed(.key(key))
            } else {
                keys = decoder.feed(.character(UInt32(character)))
            }
            if !keys.isEmpty {
                pendingKeys += keys
                return .key(pendingKeys.removeFirst())
            }
            // A sequence read whole and ignored: nothing to report.
            if !decoder.isInsideSequence { return nil }
        }
    }

    private func mouseEvent() -> InputEvent? {
        var x: Int32 = 0, y: Int32 = 0
        let kinds: [Int32: MouseEvent.Kind] = [1: .press, 2: .release, 3: .wheelUp, 4: .wheelDown]
        guard let kind = kinds[reader_get_mouse(&x, &y)] else { return nil }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }

    func takePendingSignal() -> Int32? {
        if let signal = TerminationSignals.take() { return signal }
        return inputHungUp() ? SIGHUP : nil
    }

    /// Whether the terminal has gone away (its other end closed) without a SIGHUP reaching us.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    func suspend() {
        guard !restored else { return }
        curs_set(1)
        endwin()
    }

    func resume() {
        guard !restored else { return }
        wrefresh(reader_stdscr())
        curs_set(0)
        previous = nil
    }

    func restore() {
        guard !restored else { return }
        restored = true
        curs_set(1)
        endwin()
    }
}

/// ncurses key codes to `Key`.
enum NcursesKeys {
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_DOWN: return .down
        case KEY_UP: return .up
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        default: return extendedKey(code)
        }
    }

    /// Keys terminfo lists only as extended names, such as Ctrl-← (`kLFT5`), which ncurses
    /// decodes into codes of their own.
    static func extendedKey(_ code: Int32) -> Key? {
        guard code > KEY_MAX, let name = keyname(code).map({ String(cString: $0) }) else { return nil }
        switch name {
        case "kLFT5", "kLFT3": return .wordLeft
        case "kRIT5", "kRIT3": return .wordRight
        default: return nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        KeySequenceDecoder.characterKey(value)
    }
}

import ReaderEntities
import ReaderDocument

/// Reads escape sequences that the terminal library passed through undecoded (its terminfo entry
/// does not list them, such as End as `ESC [ 4 ~` with TERM=xterm-256color inside tmux) whole,
/// so their bytes never act as separate keys.
///
/// Home and End in their common forms (`ESC [ 1 ~`, `ESC [ 7 ~`, `ESC [ H`, `ESC O H` and the End
/// equivalents), arrows, Ctrl-arrows, Page Up/Down and Shift-Tab become keys; any other complete
/// sequence is read and ignored. A lone Esc (nothing follows it) is Esc; Esc with b or f at once is
/// Alt-b or Alt-f (a word left or right); Esc followed by another ordinary key is Esc and that key.
public struct KeySequenceDecoder: Sendable {
    /// What the terminal library hands over: a character code, or a key it decoded itself.
    public enum Input: Hashable, Sendable {
        case character(UInt32)
        case key(Key)
    }

    enum State: Hashable, Sendable {
        case ground
        case escape
        /// After `ESC [`: the parameter and intermediate bytes so far.
        case controlSequence([UInt8])
        /// After `ESC O`.
        case singleShift
    }

    private(set) var state = State.ground

    /// Parameter bytes kept of one sequence.
    static let maximumParameterBytes = 16

    public init() {}

    /// Whether a sequence has started and more input is expected: the caller reads on with a short
    /// wait, and calls `timedOut()` when nothing comes.
    public var isInsideSequence: Bool { state != .ground }

    /// Takes one input; returns the keys it completes (often none, sometimes two).
    public mutating func feed(_ input: Input) -> [Key] {
        switch state {
        case .ground:
            return ground(input)
        case .escape:
            switch input {
            case .character(0x5B):  // [
                state = .controlSequence([])
                return []
            case .character(0x4F):  // O
                state = .singleShift
                return []
            case .character(27):
                return [.escape]
            // Alt-b and Alt-f, as readline moves by word.
            case .character(0x62):
                state = .ground
                return [.wordLeft]
            case .character(0x66):
                state = .ground
                return [.wordRight]
            default:
                state = .ground
                return [.escape] + ground(input)
            }
        case .controlSequence(let bytes):
            guard case .character(let code) = input, code < 0x80 else {
                // Not part of a sequence: the broken sequence is dropped, the input is kept.
                state = .ground
                return ground(input)
            }
            switch code {
            case 0x20...0x3F:
                // Past the cap the bytes stop growing; no key has that many, so the sequence is ignored.
                if bytes.count < Self.maximumParameterBytes { state = .controlSequence(bytes + [UInt8(code)]) }
                return []
            case 0x40...0x7E:
                state = .ground
                return Self.controlSequenceKey(parameters: bytes, final: UInt8(code)).map { [$0] } ?? []
            default:
                state = .ground
                return ground(input)
            }
        case .singleShift:
            state = .ground
            guard case .character(let code) = input, (0x40...0x7E).contains(code) else { return ground(input) }
            return Self.singleShiftKey(final: UInt8(code)).map { [$0] } ?? []
        }
    }

    /// Nothing more arrived: a pending Esc is Esc, an unfinished sequence is dropped.
    public mutating func timedOut() -> [Key] {
        defer { state = .ground }
        return state == .escape ? [.escape] : []
    }

    private mutating func ground(_ input: Input) -> [Key] {
        switch input {
        case .key(let key):
            return [key]
        case .character(27):
            state = .escape
            return []
        case .character(let code):
            return Self.characterKey(code).map { [$0] } ?? []
        }
    }

    /// A character code as a key: controls as Ctrl- keys, Enter, Tab, Backspace.
    public static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    /// `ESC [ parameters final`. Ctrl-← and Ctrl-→ (`ESC [ 1 ; 5 D`, also with Alt or Shift as
    /// some terminals send) move by word; other keys with a modifier are unknown: ignored.
    static func controlSequenceKey(parameters: [UInt8], final: UInt8) -> Key? {
        let text = String(decoding: parameters, as: UTF8.self)
        switch (text, final) {
        case ("", 0x41), ("1", 0x41): return .up       // A
        case ("", 0x42), ("1", 0x42): return .down     // B
        case ("", 0x43), ("1", 0x43): return .right    // C
        case ("", 0x44), ("1", 0x44): return .left     // D
        case ("", 0x48), ("1", 0x48): return .home     // H
        case ("", 0x46), ("1", 0x46): return .end      // F
        case ("", 0x5A): return .backTab               // Z
        case ("1", 0x7E), ("7", 0x7E): return .home    // ~
        case ("4", 0x7E), ("8", 0x7E): return .end
        case ("5", 0x7E): return .pageUp
        case ("6", 0x7E): return .pageDown
        case ("1;5", 0x44), ("1;3", 0x44), ("5", 0x44): return .wordLeft
        case ("1;5", 0x43), ("1;3", 0x43), ("5", 0x43): return .wordRight
        default: return nil
        }
    }

    /// `ESC O final` (application mode).
    static func singleShiftKey(final: UInt8) -> Key? {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x4D: return .enter  // keypad Enter
        default: return nil
        }
    }
}

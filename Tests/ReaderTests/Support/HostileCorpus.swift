import Foundation

/// Article files built to attack a terminal or a parser. Generated at test time, so the
/// megabyte-sized ones are never committed; `READER_HOSTILE_DIR=DIR` keeps a copy in DIR.
///
/// Every text case's title is "Hostile <name>", and every payload that would change the window
/// title, the clipboard or a terminal mode carries "PWNED", so one check finds any that took effect.
enum HostileCorpus {
    struct Case: CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        /// Text that `reader show` prints and the screen shows: the payload made visible.
        var shown: String?
        /// Refused as binary: exit 66 with a message, nothing printed.
        var binary = false
        /// What the screen shows where it differs from `shown` (the screen paints no ZWJ).
        var shownOnScreen: String?

        var fileName: String { name + (binary ? ".bin" : ".txt") }
        var title: String { "Hostile \(name)" }
        var description: String { name }
    }

    static let esc = "\u{1B}", bel = "\u{07}", st = "\u{1B}\\"

    static func text(_ name: String, _ body: String, shown: String?, onScreen: String? = nil) -> Case {
        Case(name: name, bytes: Array("Hostile \(name)\n\n\(body)\n\nEnd of \(name).\n".utf8), shown: shown, shownOnScreen: onScreen)
    }

    static let all: [Case] = [
        text("csi", "Clear \(esc)[2J\(esc)[H home \(esc)[31mred\(esc)[0m alt \(esc)[?1049h insert \(esc)[4h mouse \(esc)[?1000h\(esc)[?1006h cursor \(esc)[?25l keypad \(esc)[?1h\(esc)= origin \(esc)[?6h nowrap \(esc)[?7l.",
             shown: "Clear ␛[2J␛[H home ␛[31mred␛[0m"),
        text("osc-title", "Title \(esc)]0;PWNED-0\(bel) and \(esc)]2;PWNED-2\(st) and \(esc)]1;PWNED-1\(bel) icon.",
             shown: "Title ␛]0;PWNED-0␇ and ␛]2;PWNED-2␛\\"),
        text("osc52", "Clipboard \(esc)]52;c;UFdORUQtNTI=\(bel) and primary \(esc)]52;p;UFdORUQ=\(st) end.",
             shown: "Clipboard ␛]52;c;UFdORUQtNTI=␇"),
        text("osc8", "Link \(esc)]8;;http://example.invalid/\(esc)]0;PWNED-8\(bel)\(st)click\(esc)]8;;\(st) end.",
             shown: "Link ␛]8;;http://example.invalid/␛]0;PWNED-8␇␛\\click"),
        text("dcs", "Query \(esc)P$qm\(st) terminfo \(esc)P+q544e\(st) sixel \(esc)Pq#0;2;0;0;0#1!6~\(st) end.",
             shown: "Query ␛P$qm␛\\ terminfo ␛P+q544e␛\\"),
        text("apc", "Kitty \(esc)_Gf=100,a=T;QUJD\(st) pm \(esc)^PWNED\(st) sos \(esc)XPWNED\(st) end.",
             shown: "Kitty ␛_Gf=100,a=T;QUJD␛\\"),
        text("c1", "CSI \u{9B}31m OSC \u{9D}0;PWNED-C1\u{9C} DCS \u{90}$q\u{9C} NEL \u{85} end.",
             shown: "CSI �31m OSC �0;PWNED-C1� DCS �$q�"),
        Case(name: "c1-latin1", bytes: Array("Hostile c1-latin1\n\nBytes ".utf8) + [0x9B, 0x33, 0x31, 0x6D, 0x20, 0x9D, 0x20, 0x85, 0xE9]
                + Array(" end.\n\nEnd of c1-latin1.\n".utf8), shown: "Bytes ›31m � …é end."),
        text("bidi", "Override \u{202E}olleh\u{202C} embed \u{202B}x\u{202A}y isolate \u{2066}a\u{2067}b\u{2068}c\u{2069} marks \u{200E}\u{200F}\u{061C} end.",
             shown: "Override �olleh� embed �x�y isolate �a�b�c� marks ���"),
        text("zero-width", "Family 👨\u{200D}👩\u{200D}👧 join a\u{200D}b non\u{200C}join word\u{2060}joiner bom\u{FEFF}inside soft\u{AD}hyphen vs\u{FE0F}16 end.",
             shown: "Family 👨\u{200D}👩\u{200D}👧 join a\u{200D}b non\u{200C}join wordjoiner bominside softhyphen vs\u{FE0F}16 end.",
             onScreen: "Family 👨👩👧 join ab non\u{200C}join wordjoiner bominside softhyphen vs16 end."),
        text("combining", "Zalgo e" + String(repeating: "\u{301}", count: 10_000) + " end.", shown: nil),
        text("long-word", String(repeating: "a", count: 200_000), shown: "aaaaaaaaaa"),
        text("long-line", String(repeating: "word ", count: 200_000) + "LASTWORD", shown: "word word word"),
        text("nested-html", String(repeating: "<div>", count: 10_000) + "deep" + String(repeating: "</div>", count: 10_000),
             shown: "<div><div>"),
        text("overstrike", "Safe\rEVIL carriage \u{08}\u{08}\u{08}back tab\u{0B}\u{0C}feed del\u{7F} bell\u{07} end.",
             shown: "EVIL carriage ␈␈␈back tab␋␌feed del␡ bell␇ end."),
        Case(name: "invalid-utf8", bytes: Array("Hostile invalid-utf8\n\nBroken ".utf8) + [0xC3, 0x28, 0x20, 0xED, 0xA0, 0x80, 0x20, 0xC0, 0xAF, 0x20, 0xF0, 0x9F, 0x98]
                + Array(" end.\n\nEnd of invalid-utf8.\n".utf8), shown: "Broken Ã( í\u{A0}€ À¯ ðŸ˜ end."),
        Case(name: "invalid-utf8-bom", bytes: [0xEF, 0xBB, 0xBF] + Array("Hostile invalid-utf8-bom\n\nBroken ".utf8) + [0xC3, 0x28, 0x20, 0xED, 0xA0, 0x80, 0x20, 0x1B]
                + Array("[2J end.\n\nEnd of invalid-utf8-bom.\n".utf8), shown: "Broken �( ��� ␛[2J end."),
        Case(name: "utf16le", bytes: [0xFF, 0xFE] + utf16(Array("Hostile utf16le\r\n\r\nWide 東京 \u{1B}]0;PWNED-16\u{07} lone ".utf16) + [0xD800] + Array("x end.\r\n\r\nEnd of utf16le.\r\n".utf16), bigEndian: false),
             shown: "Wide 東京 ␛]0;PWNED-16␇ lone �x end."),
        Case(name: "utf16be", bytes: [0xFE, 0xFF] + utf16(Array("Hostile utf16be\n\nBig \u{1B}[2J 😀 end.\n\nEnd of utf16be.\n".utf16), bigEndian: true),
             shown: "Big ␛[2J 😀 end."),
        Case(name: "nul", bytes: Array("Hostile nul\n\nBefore\u{0}after \u{1B}]0;PWNED\u{07}\n".utf8), binary: true),
        Case(name: "utf16le-no-bom", bytes: utf16(Array("Hostile utf16le-no-bom\n\nNo BOM.\n".utf16), bigEndian: false), binary: true),
    ]

    static func utf16(_ units: [UInt16], bigEndian: Bool) -> [UInt8] {
        units.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    /// Writes every case into `directory` (and into `READER_HOSTILE_DIR` when set).
    static func write(to directory: URL) throws {
        var directories = [directory]
        if let keep = ProcessInfo.processInfo.environment["READER_HOSTILE_DIR"] {
            directories.append(URL(fileURLWithPath: keep))
        }
        for folder in directories {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for item in all {
                try Data(item.bytes).write(to: folder.appendingPathComponent(item.fileName))
            }
        }
    }
}

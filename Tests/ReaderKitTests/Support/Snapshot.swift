import Foundation
import Testing
@testable import ReaderCore

/// Compares a frame with a checked-in snapshot in Tests/ReaderKitTests/Snapshots/NAME.txt.
///
/// Each row is written between "|" marks so trailing spaces survive editors, followed by a style
/// layer (one letter per cell), then, when the frame has colours, a foreground and a background
/// layer. Set RECORD_SNAPSHOTS=1 to write the snapshots anew: each test that records fails, saying
/// so, so that a run with the variable left set never passes.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(of frame: Frame) -> String {
        var lines = ["size \(frame.size.width)x\(frame.size.height)", "text:"]
        lines += frame.lines().map { "|\($0)|" }
        lines.append("style:")
        for y in 0..<frame.size.height {
            var row = ""
            for x in 0..<frame.size.width { row.append(code(frame[x, y].style)) }
            lines.append("|\(row)|")
        }
        let colored = frame.cells.contains { $0.style.foreground != nil || $0.style.background != nil }
        if colored {
            lines.append("colour:")
            lines += colorRows(of: frame) { $0.foreground }
        }
        if frame.cells.contains(where: { $0.style.background != nil }) {
            lines.append("background:")
            lines += colorRows(of: frame) { $0.background }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func colorRows(of frame: Frame, _ color: (Style) -> Color?) -> [String] {
        (0..<frame.size.height).map { y in
            var row = ""
            for x in 0..<frame.size.width { row.append(colorCode(color(frame[x, y].style))) }
            return "|\(row)|"
        }
    }

    static func code(_ style: Style) -> Character {
        switch (style.reverse, style.bold, style.dim, style.underline) {
        case (true, true, _, _): return "X"
        case (true, false, _, _): return "R"
        case (false, true, _, true): return "V"
        case (false, true, _, _): return "B"
        case (false, false, true, _): return "D"
        case (false, false, false, true): return "U"
        default: return "."
        }
    }

    /// One letter per basic colour; upper case for bright ones; "#" for palette and RGB colours.
    static func colorCode(_ color: Color?) -> Character {
        let basic: TerminalColor
        switch color {
        case nil: return "."
        case .basic(let color)?, .bright(let color)?: basic = color
        case .indexed?, .rgb?: return "#"
        }
        let letter: Character = switch basic {
        case .black: "k"
        case .red: "r"
        case .green: "g"
        case .yellow: "y"
        case .blue: "b"
        case .magenta: "m"
        case .cyan: "c"
        case .white: "w"
        }
        if case .bright? = color { return Character(letter.uppercased()) }
        return letter
    }

    static func assertMatches(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = text(of: frame)
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record(
                    "recorded snapshot \(name).txt: look at it, then run again without RECORD_SNAPSHOTS=1",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record snapshot \(name).txt: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("no snapshot \(name).txt; run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected: String
        do {
            expected = try String(contentsOf: url, encoding: .utf8)
        } catch {
            Issue.record("could not read snapshot \(name).txt: \(error)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for index in 0..<max(expectedLines.count, actualLines.count) {
                let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
                let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
                if old != new { diff.append("line \(index + 1):\n  - \(old)\n  + \(new)") }
                if diff.count >= 8 { break }
            }
            let message = "snapshot \(name) differs:\n" + diff.joined(separator: "\n")
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}

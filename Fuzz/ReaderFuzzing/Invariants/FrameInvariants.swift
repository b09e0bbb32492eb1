import ReaderText
import ReaderCore

/// What a frame must satisfy before a terminal paints it: no unsafe scalar in any cell, every cell
/// starts with a one- or two-column character whose second column is a continuation cell, so each
/// row is exactly the frame's width as ncurses measures it.
public enum FrameInvariants {
    public static func check(_ frame: Frame) -> [String] {
        var violations = Violations()
        let size = frame.size
        violations.expect(frame.cells.count == size.width * size.height,
                          "\(frame.cells.count) cells for \(size.width)x\(size.height)")
        guard frame.cells.count == size.width * size.height else { return violations.messages }
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = frame[x, y]
                if cell.text.utf8.count == 1, let byte = cell.text.utf8.first, byte >= 0x20, byte < 0x7F {
                    x += 1
                    continue
                }
                let unsafe = UnsafeScalars.found(in: cell.text, allowing: ["\u{200C}"])
                violations.expect(unsafe.isEmpty, "cell \(x),\(y) holds \(unsafe)")
                guard let first = cell.text.unicodeScalars.first else {
                    violations.expect(false, "cell \(x),\(y) continues no double-width character")
                    x += 1
                    continue
                }
                let width = DisplayWidth.columns(first)
                violations.expect(width == 1 || width == 2, "cell \(x),\(y) starts with U+\(String(first.value, radix: 16)) of width \(width)")
                let marks = cell.text.unicodeScalars.dropFirst()
                violations.expect(marks.allSatisfy { DisplayWidth.columns($0) == 0 },
                                  "cell \(x),\(y) holds more than one spacing character: \(cell.text.debugDescription)")
                if width == 2 {
                    violations.expect(x + 1 < size.width && frame[x + 1, y].isWideContinuation,
                                      "double-width cell \(x),\(y) without a continuation cell: row \(y) wider than \(size.width)")
                }
                x += max(1, width)
            }
        }
        return violations.messages
    }
}

@testable import ReaderCore

/// What a user sees in a painted frame: its text, and the style of the cells showing a piece of it.
extension Frame {
    var text: String { lines().joined(separator: "\n") }
    var statusLine: String { lines().last ?? "" }

    func contains(_ text: String) -> Bool { lines().contains { $0.contains(text) } }

    /// The cells showing `text` on one row, the `occurrence`-th place it appears (rows top to
    /// bottom, left to right) within `columns`; nil when it is not shown that often. Wide
    /// characters are matched by their first cell.
    func cells(showing text: String, occurrence: Int = 0, inColumns columns: Range<Int>? = nil) -> [Cell]? {
        let wanted = Array(text)
        let columns = columns.map { $0.clamped(to: 0..<size.width) } ?? 0..<size.width
        guard !wanted.isEmpty else { return nil }
        var found = 0
        for y in 0..<size.height {
            let row = columns.map { self[$0, y] }.filter { !$0.isWideContinuation }
            guard row.count >= wanted.count else { continue }
            for start in 0...(row.count - wanted.count) {
                let candidate = row[start..<start + wanted.count]
                guard zip(candidate, wanted).allSatisfy({ $0.text == String($1) }) else { continue }
                if found == occurrence { return Array(candidate) }
                found += 1
            }
        }
        return nil
    }

    /// The columns of the text pane: between the list's separator and the side pane's on the top row.
    var textPaneColumns: Range<Int> {
        let separators = (0..<size.width).filter { self[$0, 0].text == "│" }
        guard let first = separators.first else { return 0..<size.width }
        return (first + 1)..<(separators.dropFirst().first ?? size.width)
    }

    /// The rows of the text pane: what lies between the list's separator and the side pane's.
    /// Pane titles and the status line are left out.
    func textPaneRows() -> [String] {
        lines().dropFirst().dropLast().map { line in
            let parts = line.components(separatedBy: "│")
            return (parts.count > 1 ? parts[1] : parts[0]).trimmingCharacters(in: .whitespaces)
        }
    }

    /// The top row of the text pane, as the tmux tests read it.
    var firstTextRow: String { textPaneRows().first ?? "" }
}

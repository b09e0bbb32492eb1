/// The `?` overlay, generated from the key table so it always tells the truth.
public enum HelpView {
    /// What the mouse does, when the terminal reports it.
    public static let mouseLines = [
        "Mouse",
        "  " + pad("Click") + "  Select an article (again: open it), focus a pane, pick an entity",
        "  " + pad("Wheel") + "  Scroll the pane under the pointer (does not mark as read)",
        "  " + pad("Drag in the text") + "  Select that passage (then Enter highlights it)",
    ]

    /// The help text, grouped by scope, one binding group per line; the mouse last.
    public static func lines(keymap: Keymap, mouse: Bool = true) -> [String] {
        var lines: [String] = []
        for scope in KeyScope.allCases {
            let bindings = keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(scope.rawValue)
            var order: [Action] = []
            var labels: [Action: [String]] = [:]
            for binding in bindings {
                if labels[binding.action] == nil { order.append(binding.action) }
                labels[binding.action, default: []].append(binding.label)
            }
            for action in order {
                lines.append("  " + pad((labels[action] ?? []).joined(separator: ", ")) + "  " + action.summary)
            }
        }
        if mouse { lines += [""] + mouseLines }
        return lines
    }

    static func pad(_ keys: String) -> String {
        keys.padding(toLength: max(keys.count, 22), withPad: " ", startingAt: 0)
    }

    static func draw(keymap: Keymap, mouse: Bool, scroll: Int, size: Size, frame: inout Frame) {
        let lines = lines(keymap: keymap, mouse: mouse)
        let width = min(size.width, 92)
        let height = min(size.height, lines.count + 3)
        guard width >= 3, height >= 3 else { return }
        let box = Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
        frame.fill(box)
        let titleStyle = Style(bold: true, reverse: true)
        frame.fill(box.top(1), style: titleStyle)
        frame.draw("Keys · Esc closes", x: box.x + 1, y: box.y, limit: box.maxX, style: titleStyle)
        let visible = box.height - 2
        for row in 0..<visible {
            let index = scroll + row
            guard index < lines.count else { break }
            let line = lines[index]
            let style: Style = line.hasPrefix("  ") ? .plain : .bold
            frame.draw(line, x: box.x + 1, y: box.y + 1 + row, limit: box.maxX - 1, style: style)
        }
        frame.fill(Rect(x: box.x, y: box.maxY - 1, width: box.width, height: 1), style: .dim)
        if scroll + visible < lines.count {
            frame.draw("↓ more", x: box.x + 1, y: box.maxY - 1, limit: box.maxX, style: .dim)
        }
    }
}

import ReaderText

/// The `?` overlay, generated from the key table so it always tells the truth.
public enum HelpView {
    /// What the mouse does, when the terminal reports it.
    static func mouseEntries(_ keymap: Keymap) -> [(String, String)] {
        let highlight = keymap.label(of: .highlightSelection, in: .visual).map { " (then \($0) highlights it)" } ?? ""
        return [
            ("Click", "Select an article (again: open it), focus a pane, pick an entity"),
            ("Wheel", "Scroll the pane under the pointer (does not mark as read)"),
            ("Drag in the text", "Select that passage" + highlight),
        ]
    }

    /// Columns of the keys before the descriptions.
    static let keyColumn = 22
    /// The narrowest description beside the keys; narrower screens put it under them.
    static let minimumDescription = 20
    /// Indent of a description under its keys.
    static let stackedIndent = 6

    /// The help text, grouped by scope, one binding group per entry; the mouse last. With a
    /// width, descriptions are wrapped to it (beside the keys, or under them on a narrow screen).
    public static func lines(keymap: Keymap, mouse: Bool = true, width: Int? = nil) -> [String] {
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
                lines += entry((labels[action] ?? []).joined(separator: ", "), action.summary(in: scope), width: width)
            }
        }
        if mouse {
            lines += ["", "Mouse"]
            for (gesture, effect) in mouseEntries(keymap) { lines += entry(gesture, effect, width: width) }
        }
        return lines
    }

    /// One binding's lines: keys and description, the description wrapped to the width.
    static func entry(_ keys: String, _ description: String, width: Int?) -> [String] {
        let beside = "  " + pad(keys) + "  "
        guard let width, beside.count + DisplayWidth.columns(of: description) > width else { return [beside + description] }
        if width - beside.count >= minimumDescription {
            let indent = String(repeating: " ", count: beside.count)
            return wrap(description, width: width - beside.count).enumerated().map { ($0.offset == 0 ? beside : indent) + $0.element }
        }
        let indent = String(repeating: " ", count: stackedIndent)
        return ["  " + keys] + wrap(description, width: width - stackedIndent).map { indent + $0 }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    static func pad(_ keys: String) -> String {
        keys.padding(toLength: max(keys.count, keyColumn), withPad: " ", startingAt: 0)
    }

    /// The overlay's box on a screen of this size, above the status line, which stays in view.
    static func box(size: Size, lineCount: Int) -> Rect {
        let width = min(size.width, 92)
        let above = max(0, size.height - 1)
        let height = min(above, lineCount + 3)
        return Rect(x: (size.width - width) / 2, y: (above - height) / 2, width: width, height: height)
    }

    /// Columns inside the box that lines are drawn in.
    static func textWidth(size: Size) -> Int {
        max(1, min(size.width, 92) - 2)
    }

    /// The lines as the overlay shows them at a size.
    static func lines(keymap: Keymap, mouse: Bool, size: Size) -> [String] {
        lines(keymap: keymap, mouse: mouse, width: textWidth(size: size))
    }

    static func draw(keymap: Keymap, mouse: Bool, scroll: Int, size: Size, frame: inout Frame) {
        let lines = lines(keymap: keymap, mouse: mouse, size: size)
        let box = box(size: size, lineCount: lines.count)
        guard box.width >= 3, box.height >= 3 else { return }
        frame.fill(box)
        let titleStyle = Style(bold: true, reverse: true)
        frame.fill(box.top(1), style: titleStyle)
        frame.draw(StatusText.joined("Keys", keymap.hint(.closeOverlay, in: .help, "closes")), x: box.x + 1, y: box.y, limit: box.maxX, style: titleStyle)
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

/// A task list item's box as written into the article's text, with the space after it.
enum TaskBox {
    static func text(checked: Bool) -> String { checked ? "☑ " : "☐ " }
}

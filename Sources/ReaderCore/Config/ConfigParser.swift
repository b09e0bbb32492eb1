import Foundation
import ReaderEntities
import ReaderDocument

/// Reads the config file's text into a `ReaderConfig`: pure, text in, config and problems out.
/// Each bad part is reported and keeps its default; the rest is used.
public enum ConfigParser {
    public struct Outcome: Sendable {
        public var config: ReaderConfig
        public var problems: [ConfigProblem]
    }

    static let topLevelKeys = ["mouse", "editor", "browser", "layout", "reading", "articles", "feeds", "colors", "keys"]

    /// `file` is only used to name the file in problem messages.
    public static func parse(_ text: String, file: String) -> Outcome {
        var config = ReaderConfig()
        let recovered = TOMLRecovery.parse(text)
        guard let values = recovered.values else {
            let error = recovered.fatal ?? TOMLReading.SyntaxError(line: 1, column: 1, message: "unreadable")
            let problem = ConfigProblem(file: file, line: error.line, message: "not valid TOML (column \(error.column)): \(error.message); using the default settings")
            return Outcome(config: config, problems: syntaxProblems(recovered.dropped, file: file) + [problem])
        }
        // Line numbers come from the text that parsed, where left-out lines are blank.
        let context = ConfigContext(file: file, text: recovered.text)
        let top = ConfigTable(path: [], values: values, context: context)
        top.rejectUnknownKeys(topLevelKeys)
        if let mouse = top.bool("mouse") { config.mouse = mouse }
        config.editor = top.string("editor").flatMap(nonEmpty)
        config.browser = top.string("browser").flatMap(nonEmpty)
        if let layout = top.table("layout") {
            config.paneWidths = paneWidths(layout)
            config.tableBorders = tableBorders(layout)
        }
        if let reading = top.table("reading") { read(reading, into: &config) }
        if let articles = top.table("articles") { config.furniture = furniture(articles) }
        if let feeds = top.table("feeds") {
            feeds.rejectUnknownKeys(["full-text"])
            if let fullText = feeds.bool("full-text") { config.feedFullText = fullText }
        }
        if let colors = top.table("colors") { config.theme = theme(colors) }
        if let keys = top.table("keys") { config.keymap = KeymapConfig.keymap(keys) }
        return Outcome(config: config, problems: syntaxProblems(recovered.dropped, file: file) + context.problems)
    }

    /// One problem per syntax error, saying what was left out.
    static func syntaxProblems(_ dropped: [TOMLRecovery.Dropped], file: String) -> [ConfigProblem] {
        dropped.map { item in
            let left = item.wasTable
                ? "the table is ignored (" + (item.lines.count == 1 ? "line \(item.lines.lowerBound)" : "lines \(item.lines.lowerBound)–\(item.lines.upperBound)") + ")"
                : "the line is ignored"
            return ConfigProblem(file: file, line: item.error.line, message: "not valid TOML (column \(item.error.column)): \(item.error.message); \(left)")
        }
    }

    static func nonEmpty(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
    }

    static func paneWidths(_ table: ConfigTable) -> PaneWidths {
        table.rejectUnknownKeys(["list-width", "side-width", "max-text-width", "table-borders"])
        var widths = PaneWidths.standard
        if let list = paneWidth(table, "list-width") { widths.list = list }
        if let side = paneWidth(table, "side-width") { widths.side = side }
        if let text = table.integer("max-text-width", in: 20...1000, meaning: "a number of columns") { widths.maxTextWidth = text }
        return widths
    }

    /// Columns a configured list or side pane may take: narrower hides its text, wider leaves the
    /// article too little room on most screens.
    static let paneWidthRange = 16...80

    /// A pane's width: 0 (chosen by screen width) or a number of columns in `paneWidthRange`.
    static func paneWidth(_ table: ConfigTable, _ key: String) -> Int? {
        guard let value = table.values[key] else { return nil }
        if case .integer(let number) = value, number == 0 || paneWidthRange.contains(number) { return number }
        table.problem(key, "expected 0 (by screen width) or a number of columns from \(paneWidthRange.lowerBound) to \(paneWidthRange.upperBound) for '\(key)', found \(value.kind)")
        return nil
    }

    /// `table-borders`: "unicode", "ascii", or "auto" (nil: by the locale).
    static func tableBorders(_ table: ConfigTable) -> TableBorders? {
        guard let value = table.string("table-borders"), value != "auto" else { return nil }
        if let borders = TableBorders(rawValue: value) { return borders }
        table.problem("table-borders", "expected one of \"auto\", \"unicode\", \"ascii\" for 'table-borders', found \"\(value)\"")
        return nil
    }

    static func read(_ table: ConfigTable, into config: inout ReaderConfig) {
        table.rejectUnknownKeys(["mark-read", "highlight", "next-at-end"])
        if let next = table.bool("next-at-end") { config.nextArticleAtEnd = next }
        if let rule = table.string("mark-read") {
            if let parsed = ReadRule(rawValue: rule) {
                config.readRule = parsed
            } else {
                let expected = ReadRule.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                table.problem("mark-read", "expected one of \(expected) for 'mark-read', found \"\(rule)\"")
            }
        }
        if let names = table.strings("highlight") {
            var categories = Set<EntityCategory>()
            for name in names {
                if let category = category(named: name) {
                    categories.insert(category)
                } else {
                    table.problem("highlight", "unknown entity category \"\(name)\" in 'highlight'; expected any of: \(categoryNames)")
                }
            }
            config.highlightedCategories = categories
        }
    }

    static func furniture(_ table: ConfigTable) -> PageFurniture {
        table.rejectUnknownKeys(["standard-furniture", "furniture-lines", "furniture-prefixes"])
        let standard = table.bool("standard-furniture") ?? true
        let lines = (table.strings("furniture-lines") ?? []).map(PageFurniture.Rule.line)
        let prefixes = (table.strings("furniture-prefixes") ?? []).map(PageFurniture.Rule.prefix)
        if standard && lines.isEmpty && prefixes.isEmpty { return .standard }
        return PageFurniture(rules: (standard ? PageFurniture.standard.rules : []) + lines + prefixes)
    }

    static func theme(_ table: ConfigTable) -> Theme {
        table.rejectUnknownKeys(["entities", "highlights", "highlight-text", "search-match", "current-match"])
        var theme = Theme.standard
        if let text = color(table, "highlight-text", allowDefault: true) { theme.markedText = text }
        if let match = color(table, "search-match", allowDefault: true) { theme.searchMatch = match }
        if let current = color(table, "current-match", allowDefault: true) { theme.currentMatch = current }
        if let entities = table.table("entities") {
            entities.rejectUnknownKeys(EntityCategory.allCases.map(\.configName))
            for category in EntityCategory.allCases {
                if let color = color(entities, category.configName, allowDefault: true) { theme.entities[category] = color }
            }
        }
        if let highlights = table.table("highlights") {
            highlights.rejectUnknownKeys(HighlightColor.allCases.map(\.rawValue))
            for highlight in HighlightColor.allCases {
                if let color = color(highlights, highlight.rawValue, allowDefault: false) ?? nil { theme.highlights[highlight] = color }
            }
        }
        return theme
    }

    /// A colour value: `.some(nil)` for "default" (where allowed), nil when absent or wrong.
    static func color(_ table: ConfigTable, _ key: String, allowDefault: Bool) -> Color?? {
        guard let value = table.values[key] else { return nil }
        switch value {
        case .string(let text) where allowDefault && text.lowercased() == "default":
            return .some(nil)
        case .string(let text):
            if let color = Color(configText: text) { return .some(color) }
        case .integer(let number) where (0...255).contains(number):
            return .some(Color(paletteIndex: UInt8(number)))
        default:
            break
        }
        let names = TerminalColor.allCases.map(\.name).joined(separator: ", ")
        table.problem(key, "expected a colour for '\(key)': \(names), bright- and a name, a number from 0 to 255, or \"#rrggbb\"\(allowDefault ? ", or \"default\"" : ""); found \(value.kind)")
        return nil
    }

    static var categoryNames: String { EntityCategory.allCases.map(\.configName).joined(separator: ", ") }

    static func category(named name: String) -> EntityCategory? {
        EntityCategory.allCases.first { $0.configName == name.lowercased() }
    }
}

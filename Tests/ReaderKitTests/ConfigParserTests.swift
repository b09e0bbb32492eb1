import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct ConfigParserTests {
    func parse(_ text: String) -> ConfigParser.Outcome {
        ConfigParser.parse(text, file: "config.toml")
    }

    @Test func aGoodConfigSetsEverything() {
        let outcome = parse("""
            mouse = false
            editor = "nano -w"
            browser = "lynx"

            [layout]
            list-width = 30
            side-width = 26
            max-text-width = 66

            [reading]
            mark-read = "on-open"
            highlight = ["people", "places"]

            [articles]
            standard-furniture = false
            furniture-lines = ["Listen to this article"]
            furniture-prefixes = ["Photo:"]

            [colors]
            highlight-text = "default"
            search-match = 214

            [colors.entities]
            people = "#ff8700"
            other = "bright-white"

            [colors.highlights]
            yellow = "colour228"
            """)
        #expect(outcome.problems == [])
        let config = outcome.config
        #expect(config.mouse == false)
        #expect(config.editor == "nano -w")
        #expect(config.browser == "lynx")
        #expect(config.paneWidths == PaneWidths(list: 30, side: 26, maxTextWidth: 66))
        #expect(config.readRule == .onOpen)
        #expect(config.highlightedCategories == [.person, .place])
        #expect(config.furniture.rules == [.line("Listen to this article"), .prefix("Photo:")])
        #expect(config.furniture.isFurniture("Photo: Reuters"))
        #expect(!config.furniture.isFurniture("Trending Now"), "the standard rules are off")
        #expect(config.theme.markedText == nil)
        #expect(config.theme.searchMatch == .indexed(214))
        #expect(config.theme.color(of: .person) == .rgb(255, 135, 0))
        #expect(config.theme.color(of: .other) == .bright(.white))
        #expect(config.theme.color(of: .place) == .green, "unset colours keep their default")
        #expect(config.theme.background(of: .yellow) == .indexed(228))
    }

    @Test func feedsFullTextIsABooleanAndOffByDefault() {
        #expect(parse("").config.feedFullText == false)
        #expect(parse("[feeds]\nfull-text = true\n").config.feedFullText == true)
        let wrong = parse("[feeds]\nfull-text = \"yes\"\nfull = 1\n")
        #expect(wrong.config.feedFullText == false)
        #expect(Set(wrong.problems.map(\.description)) == [
            "config.toml:2: expected true or false for 'full-text', found \"yes\"",
            "config.toml:3: unknown key 'full' in [feeds]; expected one of: full-text",
        ])
        #expect(parse(DefaultConfig.text).problems.isEmpty)
    }

    @Test func anEmptyConfigIsTheDefaults() {
        let outcome = parse("")
        #expect(outcome.problems == [])
        #expect(outcome.config.keymap.bindings == Keymap.standard.bindings)
        #expect(outcome.config.theme == .standard)
        #expect(outcome.config.paneWidths == .standard)
        #expect(outcome.config.mouse && outcome.config.readRule == .atEnd && outcome.config.editor == nil)
    }

    @Test func aBrokenTableHeaderLeavesOutThatTableAndKeepsTheRest() {
        let outcome = parse("""
            mouse = false

            [layout
            max-text-width = 60

            [reading]
            mark-read = "manual"
            """)
        #expect(outcome.problems.count == 1)
        let problem = outcome.problems[0]
        #expect(problem.line == 3)
        #expect(problem.description.hasPrefix("config.toml:3: not valid TOML"))
        #expect(problem.message.hasSuffix("the table is ignored (lines 3–4)"), "\(problem.message)")
        #expect(!outcome.config.mouse, "the lines before the error are used")
        #expect(outcome.config.readRule == .manual, "the tables after it too")
        #expect(outcome.config.paneWidths.maxTextWidth == PaneWidths.standard.maxTextWidth)
    }

    @Test func aBrokenTableAtTheEndNamesNoLinePastTheFile() {
        // Five lines and the final newline; the unclosed header is on line 4.
        let text = "mouse = false\n\n[reading]\n[colors.entities\npeople = \"red\"\n"
        let outcome = parse(text)
        #expect(outcome.problems.count == 1)
        #expect(outcome.problems.first?.line == 4)
        #expect(outcome.problems.first?.message.hasSuffix("the table is ignored (lines 4–5)") == true, "\(outcome.problems)")
        let alone = parse("mouse = false\n[colors.entities\n\n\n")
        #expect(alone.problems.first?.message.hasSuffix("the table is ignored (line 2)") == true, "\(alone.problems)")
        #expect(!alone.config.mouse)
    }

    @Test func eachBadLineIsReportedAndLeftOut() {
        let outcome = parse("""
            mouse = false
            editor = "vim
            [layout]
            list-width = = 30
            max-text-width = 60
            [reading]
            mark-read = manual
            highlight = ["people"]
            """)
        #expect(outcome.problems.map(\.line) == [2, 4, 7], "\(outcome.problems)")
        #expect(outcome.problems.allSatisfy { $0.message.hasSuffix("the line is ignored") })
        #expect(!outcome.config.mouse)
        #expect(outcome.config.editor == nil)
        #expect(outcome.config.paneWidths == PaneWidths(list: 0, side: 0, maxTextWidth: 60))
        #expect(outcome.config.highlightedCategories == [.person])
    }

    @Test func unknownTablesHaveTheirLine() {
        let outcome = parse("""
            mouse = true

            [keyz]
            quit = ["Q"]

            [colorz.entities]
            people = "red"
            """)
        #expect(outcome.problems.map(\.line) == [6, 3], "\(outcome.problems)")
        #expect(outcome.problems.allSatisfy { $0.message.contains("unknown key") })
    }

    @Test func paneWidthsOutOfRangeAreMistakes() {
        let outcome = parse("""
            [layout]
            list-width = 500
            side-width = 8
            max-text-width = 60
            """)
        #expect(outcome.problems.map(\.line) == [2, 3])
        #expect(outcome.problems.first?.description
            == "config.toml:2: expected 0 (by screen width) or a number of columns from 16 to 80 for 'list-width', found 500")
        #expect(outcome.config.paneWidths == PaneWidths(list: 0, side: 0, maxTextWidth: 60))
        for good in [0, 16, 40, 80] {
            #expect(parse("[layout]\nlist-width = \(good)\nside-width = \(good)").problems == [], "\(good)")
        }
        #expect(parse("[layout]\nside-width = 81").problems.count == 1)
        #expect(parse("[layout]\nlist-width = -1").problems.count == 1)
    }

    @Test func theStatusLineCountsProblemsAndPointsToTheCheck() {
        let one = [ConfigProblem(file: "/home/a/.config/reader/config.toml", line: 2, message: "unknown key 'x'")]
        #expect(ConfigProblem.statusLine(for: []) == nil)
        #expect(ConfigProblem.statusLine(for: one) == "Config: /home/a/.config/reader/config.toml:2: unknown key 'x'")
        let three = one + one + one
        #expect(ConfigProblem.statusLine(for: three) == "3 problems in config.toml: see reader config --check")
        #expect(ConfigProblem.statusLine(for: three, explicitPath: "my.toml") == "3 problems in config.toml: see reader config --check --config my.toml")
    }

    @Test func aFileThatCannotBeRecoveredKeepsEveryDefault() {
        // An unclosed array runs to the end of the file: its error is on no line that can be left out.
        let outcome = parse("mouse = false\nx = [\n  \"people\",\n\n")
        #expect(outcome.problems.count == 1)
        #expect(outcome.problems.first?.message.hasSuffix("using the default settings") == true)
        #expect(outcome.config.mouse)
    }

    @Test func unknownKeysAreReportedWithTheirLineAndWhatIsExpected() {
        let outcome = parse("""
            mouse = true
            colour = "red"

            [layout]
            max-text-width = 70
            list-wdith = 20
            """)
        #expect(outcome.problems.map(\.line) == [2, 6])
        #expect(outcome.problems[0].message.contains("unknown key 'colour' in the top level; expected one of: mouse, editor"))
        #expect(outcome.problems[1].message.contains("unknown key 'list-wdith' in [layout]; expected one of: list-width, side-width, max-text-width"))
        #expect(outcome.config.paneWidths.maxTextWidth == 70, "the good parts of the table are used")
    }

    @Test func badValuesKeepTheirDefaultsAndSayWhatWasExpected() {
        let outcome = parse("""
            mouse = "yes"
            [layout]
            max-text-width = 5
            [reading]
            mark-read = "sometimes"
            highlight = ["people", "aliens"]
            [colors.entities]
            people = "cyanish"
            places = "blue"
            [colors.highlights]
            pink = "default"
            """)
        let byLine = Dictionary(outcome.problems.map { ($0.line ?? 0, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(byLine[1]?.contains("expected true or false for 'mouse', found \"yes\"") == true)
        #expect(byLine[3]?.contains("expected a number of columns from 20 to 1000 for 'max-text-width', found 5") == true)
        #expect(byLine[5]?.contains("expected one of \"at-end\", \"on-open\", \"manual\" for 'mark-read', found \"sometimes\"") == true)
        #expect(byLine[6]?.contains("unknown entity category \"aliens\"") == true)
        #expect(byLine[8]?.contains("expected a colour for 'people'") == true)
        #expect(byLine[11]?.contains("expected a colour for 'pink'") == true)
        #expect(outcome.problems.count == 6)
        let config = outcome.config
        #expect(config.mouse)
        #expect(config.paneWidths.maxTextWidth == 80)
        #expect(config.readRule == .atEnd)
        #expect(config.highlightedCategories == [.person], "the known categories are used")
        #expect(config.theme.color(of: .person) == .cyan)
        #expect(config.theme.color(of: .place) == .blue)
        #expect(config.theme.background(of: .pink) == .magenta)
    }

    @Test func aTableWhereAValueShouldBeIsReported() {
        let outcome = parse("""
            [colors]
            entities = "red"
            """)
        #expect(outcome.problems.count == 1)
        #expect(outcome.problems.first?.line == 2)
        #expect(outcome.problems.first?.message.contains("should be a table ([colors.entities])") == true)
    }

    @Test func problemsNameTheFileAndLine() {
        let problem = ConfigProblem(file: "/home/a/.config/reader/config.toml", line: 12, message: "unknown key 'x'")
        #expect(problem.description == "/home/a/.config/reader/config.toml:12: unknown key 'x'")
        #expect(ConfigProblem(file: "c.toml", line: nil, message: "no such file").description == "c.toml: no such file")
    }

    @Test func readingAppliesToTheState() {
        var config = ReaderConfig()
        config.highlightedCategories = [.person]
        config.mouse = false
        config.readRule = .manual
        let state = config.apply(to: ReaderState(articles: [], size: Size(width: 80, height: 24)))
        #expect(state.side.hiddenCategories == Set(EntityCategory.allCases).subtracting([.person]))
        #expect(!state.settings.mouseEnabled)
        #expect(state.settings.readRule == .manual)
    }
}

@Suite struct ConfigLineIndexTests {
    @Test func findsKeysUnderTablesDottedAndQuoted() {
        let index = ConfigLineIndex(text: """
            mouse = true  # = in a comment
            [keys.global]
            quit = ["q"]
            "move-down" = ["j"]
            [colors . entities]
            people.x = 1
            url = "a = b"
            """)
        #expect(index.line(of: ["mouse"]) == 1)
        #expect(index.line(of: ["keys", "global"]) == 2)
        #expect(index.line(of: ["keys", "global", "quit"]) == 3)
        #expect(index.line(of: ["keys", "global", "move-down"]) == 4)
        #expect(index.line(of: ["colors", "entities", "people", "x"]) == 6)
        #expect(index.line(of: ["colors", "entities", "url"]) == 7)
        #expect(index.line(of: ["keys", "global", "missing"]) == 2, "an unknown key falls back to its table")
        #expect(index.line(of: ["nowhere"]) == nil)
    }
}

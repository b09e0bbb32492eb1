import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct KeymapConfigTests {
    func keymap(_ text: String) -> (Keymap, [ConfigProblem]) {
        let outcome = ConfigParser.parse(text, file: "config.toml")
        return (outcome.config.keymap, outcome.problems)
    }

    func resolve(_ keys: [Key], in scope: KeyScope, _ keymap: Keymap) -> KeySequenceResolver.Outcome {
        var resolver = KeySequenceResolver()
        var outcome = KeySequenceResolver.Outcome.unbound
        for key in keys { outcome = resolver.resolve(key, in: scope, keymap: keymap) }
        return outcome
    }

    @Test func everyActionHasAStableNameThatRoundTrips() {
        let names = Action.all.map(\.configName)
        #expect(Set(names).count == names.count, "names are unique")
        for action in Action.all { #expect(Action(configName: action.configName) == action) }
        for binding in Keymap.standard.bindings {
            #expect(Action.all.contains(binding.action), "\(binding.action) is missing from Action.all")
        }
        #expect(Action.toggleCategory(.person).configName == "toggle-category.people")
        #expect(Action.visualMove(.wordForward).configName == "visual.word-forward")
        #expect(Action.setHighlightColor(.pink).configName == "highlight-color.pink")
        #expect(Action(configName: "no-such-action") == nil)
    }

    @Test func everyKeyNameRoundTrips() {
        for binding in Keymap.standard.bindings {
            #expect(Key.sequence(configText: Key.configText(of: binding.keys)) == binding.keys, "\(binding.label)")
        }
        #expect(Key.sequence(configText: "g g") == [.character("g"), .character("g")])
        #expect(Key.sequence(configText: "ctrl-d") == [.control("d")])
        #expect(Key.sequence(configText: "C-X") == [.control("x")])
        #expect(Key.sequence(configText: "space") == [.character(" ")])
        #expect(Key.sequence(configText: "PgDn") == [.pageDown])
        #expect(Key.sequence(configText: "Esc") == [.escape])
        for bad in ["", "ctrl-", "ctrl-1", "ctrl-ab", "F13", "g gg"] {
            #expect(Key.sequence(configText: bad) == nil, "\(bad)")
        }
    }

    @Test func rebindingASequenceAndAControlKey() {
        let (keymap, problems) = keymap("""
            [keys.global]
            quit = ["Q", "ctrl-q"]
            top = ["g t"]
            half-page-down = ["ctrl-j", "ctrl-d"]
            """)
        #expect(problems == [])
        #expect(resolve([.character("Q")], in: .list, keymap) == .action(.quit))
        #expect(resolve([.control("q")], in: .text, keymap) == .action(.quit))
        #expect(resolve([.character("q")], in: .text, keymap) == .unbound, "q no longer quits")
        #expect(resolve([.character("g"), .character("t")], in: .text, keymap) == .action(.top))
        #expect(resolve([.character("g"), .character("g")], in: .text, keymap) != .action(.top))
        #expect(resolve([.home], in: .text, keymap) == .unbound, "the action has exactly the keys given")
        #expect(resolve([.control("j")], in: .text, keymap) == .action(.halfPageDown))
        #expect(resolve([.character("q")], in: .help, keymap) == .action(.closeOverlay), "other tables keep theirs")
    }

    @Test func aKeyTakenFromAnotherActionLeavesIt() {
        let (keymap, problems) = keymap("""
            [keys.global]
            toggle-star = ["j"]
            """)
        #expect(problems == [])
        #expect(resolve([.character("j")], in: .text, keymap) == .action(.toggleStar))
        #expect(resolve([.down], in: .text, keymap) == .action(.moveDown), "move-down keeps its other keys")
        #expect(!keymap.bindings.contains { $0.scope == .global && $0.action == .toggleStar && $0.keys == [.character("s")] })
    }

    @Test func takingTheOnlyKeyOfAnotherActionIsReported() {
        let (keymap, problems) = keymap("[keys.list]\nopen = [\"o\"]\n")
        #expect(resolve([.character("o")], in: .list, keymap) == .action(.openSelected))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("\"o\" for 'open' was the only key of 'toggle-sort' in [keys.list]") == true, "\(problems)")

        let (_, deliberate) = self.keymap("[keys.list]\nopen = [\"o\"]\ntoggle-sort = [\"O\"]\n")
        #expect(deliberate.isEmpty, "the file gave toggle-sort a key of its own: \(deliberate)")
    }

    @Test func anEmptyListUnbinds() {
        let (keymap, problems) = keymap("[keys.global]\nquit = []\n")
        #expect(problems == [])
        #expect(!keymap.bindings.contains { $0.action == .quit })
    }

    @Test func scopedBindingsAndPayloadActions() {
        let (keymap, problems) = keymap("""
            [keys.visual]
            "visual.word-forward" = ["e"]
            [keys.global]
            toggle-category.people = ["P"]
            """)
        #expect(problems == [])
        #expect(resolve([.character("e")], in: .visual, keymap) == .action(.visualMove(.wordForward)))
        #expect(resolve([.character("P")], in: .text, keymap) == .action(.toggleCategory(.person)))
        #expect(resolve([.character("1")], in: .text, keymap) == .unbound)
    }

    @Test func unknownActionsScopesAndKeysAreReportedAndKeepTheDefaults() {
        let (keymap, problems) = keymap("""
            [keys.global]
            quit = ["Q"]
            launch-rockets = ["r"]
            help = ["F1"]

            [keys.sidebar]
            quit = ["x"]
            """)
        #expect(problems.count == 3)
        #expect(problems.map(\.line) == [6, 3, 4])
        #expect(problems.contains { $0.line == 3 && $0.message.contains("unknown action 'launch-rockets' in [keys.global]") })
        #expect(problems.contains { $0.line == 4 && $0.message.contains("\"F1\" is not a key for 'help': expected a character") })
        #expect(problems.contains { $0.line == 6 && $0.message.contains("unknown key 'sidebar' in [keys]; expected one of: global, list, text") })
        #expect(resolve([.character("?")], in: .text, keymap) == .action(.showHelp), "a bad entry keeps the action's keys")
        #expect(resolve([.character("Q")], in: .text, keymap) == .action(.quit), "the good entries are used")
    }

    @Test func aBadKeyInAListLeavesOutOnlyThatKey() {
        let (keymap, problems) = keymap("""
            [keys.global]
            quit = ["Q", "ctrl-q", "hyper-x"]
            help = ["F1", "hyper-h"]
            """)
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.contains { $0.line == 2 && $0.message.contains("\"hyper-x\" is not a key for 'quit'") && $0.message.hasSuffix("the other keys of 'quit' are used") })
        #expect(problems.contains { $0.line == 3 && $0.message.contains("\"F1\", \"hyper-h\" are not keys for 'help'") && $0.message.hasSuffix("'help' keeps its keys") })
        #expect(resolve([.character("Q")], in: .text, keymap) == .action(.quit))
        #expect(resolve([.control("q")], in: .list, keymap) == .action(.quit))
        #expect(resolve([.character("q")], in: .text, keymap) != .action(.quit), "the list replaces the default keys")
        #expect(resolve([.character("?")], in: .text, keymap) == .action(.showHelp), "no good key: the action keeps its keys")
    }

    @Test func oneKeyForTwoActionsIsReported() {
        let (keymap, problems) = keymap("""
            [keys.global]
            quit = ["x"]
            toggle-star = ["x"]
            """)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.contains("\"x\" is bound to both 'quit' and 'toggle-star'") == true)
        #expect(resolve([.character("x")], in: .text, keymap) == .action(.quit))
    }

    @Test func aKeyThatHidesASequenceIsReported() {
        let (keymap, problems) = keymap("[keys.global]\ntoggle-star = [\"g\"]\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("\"g\" for 'toggle-star' hides \"g g\" ('top')") == true)
        #expect(resolve([.character("g")], in: .text, keymap) == .action(.toggleStar))
    }

    @Test func theHelpOverlayShowsTheBindingsInEffect() {
        let (keymap, _) = keymap("[keys.global]\nquit = [\"Q\"]\n")
        let lines = HelpView.lines(keymap: keymap)
        #expect(lines.contains { $0.hasPrefix("  Q ") && $0.hasSuffix("Quit") })
        #expect(!lines.contains { $0.hasPrefix("  q ") && $0.hasSuffix("Quit") })
        #expect(lines.contains("Mouse"))
        #expect(!HelpView.lines(keymap: keymap, mouse: false).contains("Mouse"))
    }
}

@Suite struct DefaultConfigTests {
    @Test func theDefaultConfigParsesBackToTheDefaults() {
        let outcome = ConfigParser.parse(DefaultConfig.text, file: "default.toml")
        #expect(outcome.problems == [])
        let config = outcome.config
        #expect(config.keymap.bindings == Keymap.standard.bindings, "same bindings in the same order")
        #expect(config.theme == .standard)
        #expect(config.paneWidths == .standard)
        #expect(config.highlightedCategories == EntityCategory.highlightedByDefault)
        #expect(!config.highlightedCategories.contains(.other))
        #expect(config.readRule == .atEnd)
        #expect(config.furniture.rules == PageFurniture.standard.rules)
        #expect(config.mouse && config.editor == nil && config.browser == nil)
    }

    @Test func theDefaultConfigListsEveryBindingAndIsCommented() {
        let text = DefaultConfig.text
        for scope in KeyScope.allCases { #expect(text.contains("[keys.\(scope.configName)]")) }
        #expect(text.contains("move-down = [\"j\", \"down\"]"))
        #expect(text.contains("top = [\"g g\", \"home\"]"))
        #expect(text.contains("half-page-down = [\"ctrl-d\"]"))
        #expect(text.contains("\"toggle-category.people\" = [\"1\"]"))
        for table in ["[layout]", "[reading]", "[articles]", "[colors]", "[colors.entities]", "[colors.highlights]"] {
            #expect(text.contains(table))
        }
        let comments = text.split(separator: "\n").filter { $0.hasPrefix("#") || $0.contains("  # ") }
        #expect(comments.count > 40)
    }
}

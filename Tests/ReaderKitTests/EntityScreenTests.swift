import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// The entity pane, highlighting and mention navigation, with the shipped model.
@Suite struct EntityScreenTests {
    static let recognizer: EntityRecognizer? = try? EntityResources.recognizer()

    func seedWithEntities(at size: Size) throws -> ReaderState {
        let recognizer = try #require(Self.recognizer, "the bundled entity model did not load")
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        var state = Reducer.reduce(ReaderState(articles: articles, size: size), event: .resize(size))
        state = Reducer.reduce(Fixtures.selectingSeed(state), action: .openSelected)
        let article = try #require(state.openArticle)
        let entities = ArticleEntities(spans: recognizer.recognize(article.plainText))
        return Reducer.entitiesRecognised(state, article: article.id, entities: entities)
    }

    @Test func highlightedSeedAt160x45() throws {
        Snapshot.assertMatches(ScreenRenderer.render(try seedWithEntities(at: Size(width: 160, height: 45))), named: "entities-160x45")
    }

    @Test func paneListsAliasGroupsWithCounts() throws {
        let state = try seedWithEntities(at: Size(width: 160, height: 45))
        let people = try #require(state.openEntities).groups(in: .person)
        let putin = try #require(people.first { $0.name == "Vladimir Putin" })
        #expect(putin.mentions.count >= 3, "Vladimir Putin, Putin (twice) are one group")
        #expect(people.contains { $0.name == "Kim Jong-un" })
        #expect(!people.contains { $0.name == "Putin" })
    }

    @Test func markingJumpsBetweenMentions() throws {
        var state = try seedWithEntities(at: Size(width: 100, height: 12))
        state = Reducer.reduce(state, action: .toggleEntityPane)
        state.focus = .entities
        let groups = state.entityGroupsInPaneOrder
        let putinIndex = try #require(groups.firstIndex { $0.name == "Vladimir Putin" })
        state.side.entitySelection = putinIndex
        state = Reducer.reduce(state, event: .key(.enter))
        #expect(state.reading.markedEntity?.name == "Vladimir Putin")
        #expect(state.statusMessage?.contains("mention 1 of") == true)
        let mentions = try #require(state.reading.markedEntity?.mentions)
        state = Reducer.reduce(state, event: .key(.character("n")))
        #expect(state.statusMessage?.contains("mention 2") == true)
        // The second mention is on screen.
        let layout = try #require(state.openLayout())
        let top = layout.plainTextOffset(atStartOf: layout.position(of: state.textAnchor))
        let bottom = layout.plainTextOffset(atEndOf: layout.advance(layout.position(of: state.textAnchor), by: ScreenLayout(state: state).textRows - 1))
        #expect(top <= mentions[1].start && mentions[1].end <= bottom)
        state = Reducer.reduce(state, event: .key(.character("N")))
        #expect(state.statusMessage?.contains("mention 1") == true)
    }

    @Test func categoryKeysTurnHighlightingOff() throws {
        var state = try seedWithEntities(at: Size(width: 160, height: 45))
        let person = try #require(Theme.standard.color(of: .person))
        let putin = try #require(Frame.textPanePassages(of: state).occurrences(of: "Vladimir Putin").first)
        #expect(putin.allSatisfy { $0.style.foreground == person }, "a person is drawn in the person colour")
        let kremlin = try #require(Frame.textPanePassages(of: state).occurrences(of: "Kremlin").first)
        #expect(kremlin.allSatisfy { $0.style.foreground != person }, "an organisation is not")
        state = Reducer.reduce(state, event: .key(.character("1")))
        #expect(state.side.hiddenCategories == [.person, .other], "other starts hidden")
        let after = ScreenRenderer.render(state)
        let textPane = ScreenLayout(state: state).textPane
        let personColoured = (textPane.y..<textPane.maxY).contains { y in
            (textPane.x..<textPane.maxX).contains { after[$0, y].style.foreground == Theme.standard.color(of: .person) }
        }
        #expect(!personColoured)
    }
}

@Suite struct OtherEntitiesTests {
    /// Text-pane cells drawn the way "other" mentions are: underlined in the terminal's own colour.
    func underlinedCells(_ state: ReaderState) -> Int {
        let textPane = ScreenLayout(state: state).textPane
        let frame = ScreenRenderer.render(state)
        return (textPane.y..<textPane.maxY).reduce(0) { count, y in
            count + (textPane.x..<textPane.maxX).filter { frame[$0, y].style.underline && frame[$0, y].style.foreground == nil }.count
        }
    }

    @Test func numbersAreNotHighlightedUntilTheirKeyTurnsThemOn() throws {
        var state = try EntityScreenTests().seedWithEntities(at: Size(width: 160, height: 45))
        #expect(state.side.hiddenCategories == [.other])
        #expect(ReaderConfig.defaults.apply(to: state).side.hiddenCategories == [.other])
        #expect(state.openEntities?.spans.contains { EntityCategory(label: $0.label) == .other } == true)
        #expect(underlinedCells(state) == 0)
        state = Reducer.reduce(state, event: .key(.character("6")))
        #expect(state.side.hiddenCategories.isEmpty)
        #expect(underlinedCells(state) > 0)
    }
}

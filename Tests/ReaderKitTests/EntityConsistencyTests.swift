import Testing
@testable import ReaderEntities

/// One string keeps one label in an article: the most frequent, and of equally frequent labels
/// the one seen first, whatever order the labels are counted in.
@Suite struct EntityConsistencyTests {
    /// A document of one sentence per name, each mention of a name tagged with the label given.
    func consistent(_ mentions: [(name: String, labels: [EntityLabel])]) -> [String: [EntityLabel]] {
        var text = ""
        var spans: [EntitySpan] = []
        for (name, labels) in mentions {
            for (index, label) in labels.enumerated() {
                text += index == 0 ? "" : " and "
                let start = text.unicodeScalars.count
                text += name
                spans.append(EntitySpan(start: start, end: text.unicodeScalars.count, label: label, text: name))
            }
            text += ". "
        }
        let result = EntityConsistency.apply(spans, document: TokenizedText(text))
        return Dictionary(grouping: result, by: \.text).mapValues { $0.map(\.label) }
    }

    @Test func equallyFrequentLabelsGoToTheOneSeenFirst() {
        // Each pair ties the same two labels in opposite orders, so any fixed order of labels (or of
        // a dictionary's keys) gets one of the pair wrong.
        let labels = consistent([
            ("Avalon", [.gpe, .org, .loc, .org, .loc]), ("Brixton", [.gpe, .loc, .org, .loc, .org]),
            ("Calder", [.norp, .person, .fac, .fac, .person]), ("Dunmore", [.norp, .fac, .person, .person, .fac]),
            ("Elmstead", [.event, .product, .law, .law, .product]), ("Fairholm", [.event, .law, .product, .product, .law]),
        ])
        #expect(labels["Avalon"] == Array(repeating: .org, count: 5))
        #expect(labels["Brixton"] == Array(repeating: .loc, count: 5))
        #expect(labels["Calder"] == Array(repeating: .person, count: 5))
        #expect(labels["Dunmore"] == Array(repeating: .fac, count: 5))
        #expect(labels["Elmstead"] == Array(repeating: .product, count: 5))
        #expect(labels["Fairholm"] == Array(repeating: .law, count: 5))
    }

    @Test func theMostFrequentLabelWinsAndTheFirstSeenWinsATieWithIt() {
        let labels = consistent([("Granby", [.gpe, .org, .org]), ("Hexley", [.org, .gpe]), ("Irvine", [.gpe, .org])])
        #expect(labels["Granby"] == [.org, .org, .org])
        #expect(labels["Hexley"] == [.org, .org])
        #expect(labels["Irvine"] == [.gpe, .gpe])
    }

    @Test func theWinnerOfAVoteIsTheSameWhateverOrderTheVotesCome() {
        let votes = [
            EntityConsistency.LabelVote(label: .loc, count: 2, firstSeen: 4),
            EntityConsistency.LabelVote(label: .org, count: 2, firstSeen: 1),
            EntityConsistency.LabelVote(label: .gpe, count: 1, firstSeen: 0),
        ]
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            #expect(EntityConsistency.LabelVote.winner(order.map { votes[$0] })?.label == .org)
        }
    }
}

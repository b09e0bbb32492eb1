import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderEntities
@testable import ReaderLibrary

/// Three libraries, random edits and syncs interleaved (seeded, so every run is the same
/// sequence): after a last round of syncs all three hold the same highlights, notes and marks,
/// nothing created and never deleted is lost, and nothing deleted without a later change returns.
@Suite(.serialized) struct SyncConvergenceTests {
    static let quotes = [
        ["The council met on Monday.", "The harbour wall needs repair", "Costs are rising fast.", "Boats wait in the bay."],
        ["The town library opened its doors on Saturday.", "Children queued for an hour.", "The mayor cut a ribbon"],
        ["Fares rise by three percent in January.", "Commuters say the trains are late.", "The operator promises new carriages"],
    ]

    @Test func oneHundredRandomStepsOnThreeLibrariesConverge() throws {
        let world = try SyncMachines(count: 3)
        var random = SeededRandom(seed: 21)
        var created: Set<String> = []
        var deleted: Set<String> = []
        var syncs = 0
        for step in 0..<100 {
            let machine = world[Int.random(in: 0..<3, using: &random)]
            let existing = try machine.store.allHighlights().map(\.highlight).sorted { $0.id < $1.id }
            switch Int.random(in: 0..<10, using: &random) {
            case 0...2:
                try machine.syncNow()
                syncs += 1
            case 3, 4:
                let article = Int.random(in: 0..<3, using: &random)
                let quote = Self.quotes[article].randomElement(using: &random)!
                let highlight = try machine.highlight(quote, article: article, note: Bool.random(using: &random) ? "note \(step)" : nil,
                                                      color: HighlightColor.allCases.randomElement(using: &random)!)
                created.insert(highlight.id)
            case 5, 6:
                guard let target = existing.randomElement(using: &random) else { continue }
                try machine.editNote(target.id, "\(machine.name) \(step)")
            case 7:
                guard let target = existing.randomElement(using: &random) else { continue }
                try machine.store.deleteHighlight(target.id)
                deleted.insert(target.id)
            default:
                let article = Int.random(in: 0..<3, using: &random)
                if Bool.random(using: &random) {
                    try machine.setRead(article, Bool.random(using: &random))
                } else {
                    let (row, _) = try machine.article(article)
                    var state = try machine.store.readingState(row)
                    state.isStarred.toggle()
                    try machine.store.saveReadingState(row, state)
                }
            }
            usleep(1_500)  // edits on different machines a millisecond or more apart, as people's are
        }
        // Two rounds: the first brings every change to the remote, the second back to everyone.
        for _ in 0..<2 { for index in 0..<3 { try world[index].syncNow() } }
        let states = try (0..<3).map { try world[$0].state() }
        #expect(states[0] == states[1], "laptop and desktop differ")
        #expect(states[1] == states[2], "desktop and server differ")
        let ids = Set(try world[0].notes().keys)
        #expect(created.subtracting(deleted).isSubset(of: ids), "a highlight never deleted was lost")
        #expect(ids.isSubset(of: created))
        #expect(syncs > 20 && !deleted.isEmpty && ids.count > 5, "the sequence exercised syncs, deletions and highlights")
        // A converged world has nothing more to send.
        for index in 0..<3 { #expect(try world[index].syncNow().sent == 0) }
    }
}

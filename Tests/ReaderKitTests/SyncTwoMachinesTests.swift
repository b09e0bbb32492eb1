import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// A laptop and a desktop syncing through one bare repository: what is made on one arrives on the
/// other, marks follow, a note edited on both keeps both, and a deletion stays deleted.
@Suite(.serialized) struct SyncTwoMachinesTests {
    @Test func highlightsMadeOnEachAppearOnBoth() throws {
        let world = try SyncMachines(count: 2)
        let laptop = world[0], desktop = world[1]
        let first = try laptop.highlight("The council met on Monday.", article: 0, note: "from the laptop")
        try laptop.syncNow()
        let second = try desktop.highlight("Children queued for an hour.", article: 1, color: .pink)
        let report = try desktop.syncNow()
        #expect(report.received == 1 && report.sent == 1)
        try laptop.syncNow()
        for machine in [laptop, desktop] {
            let notes = try machine.notes()
            #expect(notes == [first.id: "from the laptop", second.id: ""], "\(machine.name)")
        }
        let onLaptop = try #require(try laptop.store.allHighlights().first { $0.highlight.id == second.id })
        #expect(onLaptop.highlight.color == .pink && onLaptop.highlight.quote.exact == "Children queued for an hour.")
        #expect(onLaptop.highlight.articleID != nil && !onLaptop.highlight.isOrphaned, "attached to the laptop's own copy of the article")
        #expect(try laptop.state() == desktop.state())
    }

    @Test func anArticleReadOnOneIsReadOnTheOther() throws {
        let world = try SyncMachines(count: 2)
        let laptop = world[0], desktop = world[1]
        try laptop.syncNow()
        try desktop.syncNow()
        try laptop.setRead(2, true)
        try laptop.syncNow()
        #expect(try desktop.readingState(2).isRead == false)
        try desktop.syncNow()
        #expect(try desktop.readingState(2).isRead == true)
        // Marked unread later on the desktop: the later mark wins on both.
        try desktop.setRead(2, false)
        try desktop.syncNow()
        try laptop.syncNow()
        #expect(try laptop.readingState(2).isRead == false)
        #expect(try laptop.state() == desktop.state())
    }

    @Test func aNoteEditedOnBothMachinesKeepsBothTexts() throws {
        let world = try SyncMachines(count: 2)
        let laptop = world[0], desktop = world[1]
        let highlight = try laptop.highlight("Costs are rising fast.", article: 0, note: "first thoughts")
        try laptop.syncNow()
        try desktop.syncNow()
        try laptop.editNote(highlight.id, "laptop says: check the budget")
        try laptop.syncNow()
        usleep(5_000)
        try desktop.editNote(highlight.id, "desktop says: ask the council")
        let report = try desktop.syncNow()
        #expect(report.merged)
        try laptop.syncNow()
        let expected = "desktop says: ask the council\n\n(edited elsewhere) laptop says: check the budget"
        #expect(try laptop.notes()[highlight.id] == expected)
        #expect(try desktop.notes()[highlight.id] == expected)
        // Syncing again changes nothing more.
        #expect(try laptop.syncNow().sent == 0)
        #expect(try desktop.syncNow().summary == "Sync: up to date")
    }

    @Test func aDeletedHighlightStaysDeletedAfterTheOtherSyncsAnOlderCopy() throws {
        let world = try SyncMachines(count: 2)
        let laptop = world[0], desktop = world[1]
        let doomed = try laptop.highlight("Boats wait in the bay.", article: 0, note: "delete me")
        let kept = try laptop.highlight("The harbour wall needs repair", article: 0)
        try laptop.syncNow()
        try desktop.syncNow()
        #expect(try desktop.notes()[doomed.id] == "delete me")
        try laptop.store.deleteHighlight(doomed.id)
        // The desktop changes something else of the same article, so its older copy of the
        // highlight goes out with its record.
        try desktop.setRead(0, true)
        try desktop.syncNow()
        try laptop.syncNow()
        try desktop.syncNow()
        try laptop.syncNow()
        for machine in [laptop, desktop] {
            #expect(try machine.notes()[doomed.id] == nil, "\(machine.name) brought the deleted highlight back")
            #expect(try machine.notes()[kept.id] != nil)
        }
        #expect(try laptop.readingState(0).isRead)
        let record = try #require(laptop.sync.repository.read(SyncArticleKey.path(key: try laptop.store.syncSnapshot().articles.keys.first {
            try laptop.store.syncSnapshot().articles[$0]?.highlights[kept.id] != nil
        }!)))
        #expect(try SyncRecord(json: record).deleted[doomed.id] != nil, "the record keeps the tombstone")
    }

    @Test func aNewMachineReceivesEverythingAndAnArticleImportedLaterPicksUpItsHighlights() throws {
        let world = try SyncMachines(count: 1)
        let laptop = world[0]
        let highlight = try laptop.highlight("The operator promises new carriages next year.", article: 2, note: "train note")
        try laptop.setRead(2, true)
        try laptop.syncNow()
        let server = try world.add(name: "server", importArticles: false)
        try server.syncNow()
        let orphan = try #require(try server.store.allHighlights().first { $0.highlight.id == highlight.id })
        #expect(orphan.highlight.isOrphaned && orphan.highlight.note == "train note", "kept without its article")
        _ = try server.store.importPaths([world.articles], recognizer: nil)
        try server.syncNow()
        let attached = try #require(try server.store.allHighlights().first { $0.highlight.id == highlight.id })
        #expect(!attached.highlight.isOrphaned && attached.highlight.articleID != nil)
        #expect(try server.readingState(2).isRead)
        #expect(try server.notes().count == 1)
    }

    @Test func syncingWithNothingToDoRunsNoCommitAndSaysSo() throws {
        let world = try SyncMachines(count: 1)
        let laptop = world[0]
        try laptop.syncNow()
        let head = try laptop.sync.repository.revision("HEAD")
        let calls = world.git.total
        #expect(try laptop.syncNow().summary == "Sync: up to date")
        // The library says nothing changed: no export, no commit; a fetch and a look at the refs.
        #expect(world.git.total - calls <= 3, "\(world.git.calls)")
        #expect(try laptop.sync.repository.revision("HEAD") == head)
    }

    @Test func anUnreachableRemoteKeepsTheCommitForTheNextSync() throws {
        let world = try SyncMachines(count: 1)
        let laptop = world[0]
        try laptop.highlight("Fares rise by three percent in January.", article: 2)
        try FileManager.default.moveItem(atPath: world.remote, toPath: world.remote + ".away")
        #expect(throws: SyncError.self) { try laptop.syncNow() }
        do {
            try laptop.syncNow()
        } catch let error as SyncError {
            guard case .remoteUnreachable = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("committed locally"))
        }
        try FileManager.default.moveItem(atPath: world.remote + ".away", toPath: world.remote)
        let report = try laptop.syncNow()
        #expect(report.pushed)
    }
}

import Foundation
@testable import ReaderLibrary

/// Facts about the bundled samples that the session scenarios read, in the library's order (newest first).
enum SampleArticles {
    static let first = "Smiley faces and rocket ships: how newsrooms learned to speak emoji"
    /// Third in the list: `j j Enter` opens it.
    static let third = "Tokyo commuters brace for overnight signal upgrade on the Yamanote Line"
    static let thirdLastLine = "end of April."
    /// The first body sentence of the third, on the top row after eight `j` from its start.
    static let thirdFirstSentenceStart = "Millions of commuters in Tokyo"
    static let thirdSecondParagraph = "The work, scheduled to begin at 23:30"

    /// `j j Enter` from the first screen.
    static var openThird: [FakeTerminal.Step] { [.type("jj"), .press(.enter)] }

    /// The library row of the sample with this title.
    static func row(titled title: String, in store: LibraryStore) throws -> Int64? {
        try store.entries().first { $0.summary.title == title }?.id
    }
}

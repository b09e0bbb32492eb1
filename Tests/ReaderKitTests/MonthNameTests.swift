import Foundation
import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// The month tables of feeds, datelines, the list and the entity recogniser all come from
/// `CivilCalendar`'s one table of names; each is what its reader was written (or the model trained) with.
@Suite struct MonthNameTests {
    @Test func calendarNamesAndAbbreviations() {
        #expect(CivilCalendar.monthNames.count == 12)
        #expect(CivilCalendar.monthNames.first == "January" && CivilCalendar.monthNames.last == "December")
        #expect(CivilCalendar.shortMonthNames
            == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        #expect(CivilCalendar.monthAbbreviations.map(\.text)
            == ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Sept"])
        #expect(CivilCalendar.monthAbbreviations.map(\.month) == [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 9])
    }

    /// A change here changes the model's features: it was trained with exactly these words.
    @Test func entityModelMonthFeature() {
        #expect(FeatureExtractor.months == [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.",
            "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
        ])
    }

    @Test func tokenizerKeepsTheMonthAbbreviationsPeriod() {
        for abbreviation in ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"] {
            #expect(Tokenizer.abbreviations.contains(abbreviation))
        }
        #expect(!Tokenizer.abbreviations.contains("may"))
        #expect(Tokenizer.tokenize("Sept. 8 and May. 9").map(\.text) == ["Sept.", "8", "and", "May", ".", "9"])
    }

    @Test func datelineMonths() {
        #expect(DatelineVocabulary.months == [
            "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
            "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
            "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
            "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        ])
    }

    @Test func feedAndListMonths() throws {
        #expect(FeedDate.months == ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
        let september = try #require(FeedDate.parse("Tue, 10 Sept 2003 04:00:00 GMT"))
        #expect(september == FeedDate.parse("2003-09-10T04:00:00Z"))
        let now = try #require(FeedDate.parse("2003-10-01"))
        #expect(ListDate.compact(september, clock: WallClock(now: now)) == "10 Sep")
        #expect(ListDate.compact(september, clock: WallClock(now: now.addingTimeInterval(400 * 86_400))) == "Sep 2003")
    }
}

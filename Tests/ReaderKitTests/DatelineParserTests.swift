import Foundation
import Testing
@testable import ReaderDocument

/// Tests for ``DatelineParser/parse(_:)``.
@Suite struct DatelineParserTests {
    /// A moment in UTC, built with Foundation's Gregorian calendar to cross-check the parser's arithmetic.
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: 0) else { return nil }
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }

    @Test(arguments: [
        ("Sep.12 - 2023 7:30 AM CET", 2023, 9, 12, 6, 30, 0),
        ("March 3, 2024, 14:05 GMT", 2024, 3, 3, 14, 5, 0),
        ("2023-09-12", 2023, 9, 12, 0, 0, 0),
        ("2023-09-12T07:30:00Z", 2023, 9, 12, 7, 30, 0),
        ("12 September 2023", 2023, 9, 12, 0, 0, 0),
        ("Tuesday, 12 September 2023 10:15 BST", 2023, 9, 12, 9, 15, 0),
        ("Thursday, 14 September 2023 09:20 BST", 2023, 9, 14, 8, 20, 0),
        ("Published: Sep 12, 2023", 2023, 9, 12, 0, 0, 0),
        ("Sept. 12, 2023", 2023, 9, 12, 0, 0, 0),
        ("Updated 12 Sep 2023 11:02 pm EDT", 2023, 9, 13, 3, 2, 0),
        ("Last updated: Sept. 12th, 2023 at 7:05 a.m. PST", 2023, 9, 12, 15, 5, 0),
        ("Posted on 1st of March 2024", 2024, 3, 1, 0, 0, 0),
        ("12 Sep 2023 12:00 AM UTC", 2023, 9, 12, 0, 0, 0),
        ("12 Sep 2023 12 PM", 2023, 9, 12, 12, 0, 0),
        ("12 Sep 2023 7.30pm", 2023, 9, 12, 19, 30, 0),
        ("2023-09-12T07:30:00+02:00", 2023, 9, 12, 5, 30, 0),
        ("2023-09-12 07:30 -0500", 2023, 9, 12, 12, 30, 0),
        ("12 Sep 2023 16:00 UTC+5:30", 2023, 9, 12, 10, 30, 0),
        ("12 Sep 2023 16:00 (MSK)", 2023, 9, 12, 13, 0, 0),
        ("Mon, 12 Feb 2024 08:00:15 JST", 2024, 2, 11, 23, 0, 15),
        ("February 29, 2024", 2024, 2, 29, 0, 0, 0),
        ("  2024/05/17  ", 2024, 5, 17, 0, 0, 0),
        ("31 December 1999 23:59:59.", 1999, 12, 31, 23, 59, 59),
    ])
    func recognisesDateline(
        line: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    ) throws {
        let dateline = try #require(DatelineParser.parse(line))
        #expect(dateline.text == line.trimmingCharacters(in: .whitespaces))
        #expect(dateline.date == utc(year, month, day, hour, minute, second))
    }

    @Test func isoFractionalSecondsAreKept() throws {
        let dateline = try #require(DatelineParser.parse("2023-09-12T07:30:00.250Z"))
        let expected = try #require(utc(2023, 9, 12, 7, 30)).addingTimeInterval(0.25)
        #expect(dateline.date == expected)
    }

    @Test func samplesWithExpectedInstants() throws {
        #expect(DatelineParser.parse("Sep.12 - 2023 7:30 AM CET")?.date
            == Date(timeIntervalSince1970: 1_694_500_200)) // 2023-09-12T06:30:00Z
        #expect(DatelineParser.parse("March 3, 2024, 14:05 GMT")?.date
            == Date(timeIntervalSince1970: 1_709_474_700)) // 2024-03-03T14:05:00Z
        #expect(DatelineParser.parse("2023-09-12")?.date
            == Date(timeIntervalSince1970: 1_694_476_800)) // 2023-09-12T00:00:00Z
    }

    @Test(arguments: [
        "The forum began on Sunday, 3 March 2024 and ran for a week.",
        "Kim had visited Russia in April 2019.",
        "Breaking: Kremlin announces Kim Jong-un's visit to Russia",
        "Written by Henrik Rothen",
        "2,225 articles",
        "Feb 30, 2023",
        "2023-02-29",
        "31 April 2024",
        "12 Sep 2023 24:00",
        "12 Sep 2023 13:00 PM",
        "12/09/2023",
        "Updated 12/09/2023",
        "12 September 2023 10:15 IST",
        "September 2023",
        "Sept. 12",
        "2000 GMT",
        "Umbro profits lifted by Euro 2004",
        "12 September 2023 and more",
        "",
        "Published: Sep 12, 2023 | a very long trailing remark that pushes this line past eighty characters",
    ])
    func rejectsNonDateline(line: String) {
        #expect(DatelineParser.parse(line) == nil)
    }

    @Test func fieldsArithmeticMatchesFoundationCalendar() {
        for (year, month, day) in [(1970, 1, 1), (2000, 2, 29), (1900, 3, 1), (2023, 12, 31), (1969, 12, 31)] {
            let fields = DatelineFields(year: year, month: month, day: day)
            #expect(fields.date == utc(year, month, day))
        }
    }
}

/// The date-line forms of the development set's web-page documents.
@Suite struct DevSetDatelineTests {
    @Test(arguments: [
        ("July 10, 2024, 18:42 GMT", "2024-07-10T18:42:00Z"),
        ("Jul 19 2024 - 11:20 AM EDT", "2024-07-19T15:20:00Z"),
        ("Sep.30 - 2024 9:15 AM ET", "2024-09-30T13:15:00Z"),
        ("22.07.2022 | 19:05 GMT+3", "2022-07-22T16:05:00Z"),
        ("April 24, 2024, 16:40 EDT", "2024-04-24T20:40:00Z"),
        ("2024-01-03 17:50 JST", "2024-01-03T08:50:00Z"),
        ("Mon 19 Sep 2022 | 14:32 BST", "2022-09-19T13:32:00Z"),
        ("Jan 5 2024 - 9:00 AM ET", "2024-01-05T14:00:00Z"),
    ])
    func parses(line: String, expected: String) throws {
        let dateline = try #require(DatelineParser.parse(line))
        let date = try #require(dateline.date)
        #expect(ISO8601DateFormatter().string(from: date) == expected)
    }

    @Test func dottedNumbersInSentencesAreNotDatelines() {
        #expect(DatelineParser.parse("Version 22.07.2022 was released") == nil)
        #expect(DatelineParser.parse("31.02.2022") == nil)
    }
}

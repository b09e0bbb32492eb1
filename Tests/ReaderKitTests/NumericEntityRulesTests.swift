import Testing
@testable import ReaderEntities
@testable import ReaderDocument

/// Spans as "LABEL:text", in order.
private func found(_ text: String, counts: Bool = false) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let spans = NumericEntityRules.spans(in: Tokenizer.tokenize(scalars: scalars), scalars: scalars, includeCounts: counts)
    return spans.map { "\($0.label.rawValue):\($0.text)" }
}

struct RuleCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    var counts = false
    var testDescription: String { text }
}

@Suite("NumericEntityRules")
struct NumericEntityRulesTests {
    @Test("Datelines are split into DATE and TIME", arguments: [
        RuleCase(text: "Sep.12 - 2023 7:30 AM CET", expected: ["DATE:Sep.12 - 2023", "TIME:7:30 AM CET"]),
        RuleCase(text: "July 10, 2024, 18:42 GMT", expected: ["DATE:July 10, 2024", "TIME:18:42 GMT"]),
        RuleCase(text: "Jul 19 2024 - 11:20 AM EDT", expected: ["DATE:Jul 19 2024", "TIME:11:20 AM EDT"]),
        RuleCase(text: "22.07.2022 | 19:05 GMT+3", expected: ["DATE:22.07.2022", "TIME:19:05 GMT+3"]),
        RuleCase(text: "2024-01-03 17:50 JST", expected: ["DATE:2024-01-03", "TIME:17:50 JST"]),
        RuleCase(text: "Mon 19 Sep 2022 | 14:32 BST", expected: ["DATE:Mon 19 Sep 2022", "TIME:14:32 BST"]),
    ])
    func datelines(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Calendar dates", arguments: [
        RuleCase(text: "It opened on Monday and closed on Sunday.", expected: ["DATE:Monday", "DATE:Sunday"]),
        RuleCase(text: "Biden plans to visit on Wednesday.", expected: ["DATE:Wednesday"]),
        RuleCase(text: "Prices rose in August.", expected: ["DATE:August"]),
        RuleCase(text: "after the blaze in April 2019 to rebuild", expected: ["DATE:April 2019"]),
        RuleCase(text: "The deal was signed on July 10, 2024 in Washington.", expected: ["DATE:July 10, 2024"]),
        RuleCase(text: "Nvidia was founded in 1993.", expected: ["DATE:1993"]),
        RuleCase(text: "The budget for 2024 was cut.", expected: ["DATE:2024"]),
        RuleCase(text: "on Aug. 8 and Aug. 9", expected: ["DATE:Aug. 8", "DATE:Aug. 9"]),
        RuleCase(text: "Lula governed Brazil from 2003 to 2010.", expected: ["DATE:2003 to 2010"]),
        RuleCase(text: "Trains run from Monday to Saturday.", expected: ["DATE:Monday to Saturday"]),
        RuleCase(text: "They met on 19 September 2022 and on 4th July.", expected: ["DATE:19 September 2022", "DATE:4th July"]),
        RuleCase(text: "CES runs from 6 to 9 January.", expected: ["DATE:6 to 9 January"]),
        RuleCase(text: "sales between 2005 and 2007", expected: ["DATE:between 2005 and 2007"]),
        RuleCase(text: "the 2019-20 season", expected: ["DATE:2019-20"]),
        RuleCase(text: "He was born in July last year.", expected: ["DATE:July last year"]),
        RuleCase(text: "Update, July 20: Microsoft said", expected: ["DATE:July 20"]),
        RuleCase(text: "The launch was on Christmas Day, after New Year's Day.", expected: ["DATE:Christmas Day", "DATE:New Year's Day"]),
        RuleCase(text: "Tuesday's floods", expected: ["DATE:Tuesday"]),
        RuleCase(text: "Helene came ashore late on Thursday.", expected: ["DATE:Thursday"]),
        RuleCase(text: "Results for Q3 2024 and fiscal 2025.", expected: ["DATE:Q3 2024", "DATE:fiscal 2025"]),
    ])
    func calendarDates(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Relative dates and durations keep their hedge and their \"the\"", arguments: [
        RuleCase(text: "It happened four years ago.", expected: ["DATE:four years ago"]),
        RuleCase(text: "Prices rose in recent months.", expected: ["DATE:recent months"]),
        RuleCase(text: "More rain is expected over the coming days.", expected: ["DATE:the coming days"]),
        RuleCase(text: "It grew last year and again this week.", expected: ["DATE:last year", "DATE:this week"]),
        RuleCase(text: "It was popular in the 1990s.", expected: ["DATE:the 1990s"]),
        RuleCase(text: "restrictions through the winter", expected: ["DATE:the winter"]),
        RuleCase(text: "10 million doses by the end of 2025", expected: ["DATE:the end of 2025"]),
        RuleCase(text: "through the end of the decade", expected: ["DATE:the end of the decade"]),
        RuleCase(text: "extradited the following month", expected: ["DATE:the following month"]),
        RuleCase(text: "Switzerland will host next year's contest.", expected: ["DATE:next year"]),
        RuleCase(text: "He has lived there for more than 60 years.", expected: ["DATE:more than 60 years"]),
        RuleCase(text: "deliberating over two days", expected: ["DATE:two days"]),
        RuleCase(text: "Prosecutors asked for 40 to 50 years; his lawyers argued for six and a half years.",
                 expected: ["DATE:40 to 50 years", "DATE:six and a half years"]),
        RuleCase(text: "It Will Travel For About A Month.", expected: ["DATE:About A Month"]),
        RuleCase(text: "Which Formed More Than 13.5 Billion Years Ago.", expected: ["DATE:More Than 13.5 Billion Years Ago"]),
        RuleCase(text: "a three-day summit; the 22-year-old; its nearly 200-year history; the 12th-century cathedral",
                 expected: ["DATE:three-day", "DATE:22-year-old", "DATE:nearly 200-year", "DATE:12th-century"]),
        RuleCase(text: "earlier this month, late last year, mid-July and early 2024",
                 expected: ["DATE:earlier this month", "DATE:late last year", "DATE:mid-July", "DATE:early 2024"]),
        RuleCase(text: "Quarterly profits rose; the quarterly report", expected: ["DATE:Quarterly", "DATE:quarterly"]),
        RuleCase(text: "the fourth quarter and the first half of 2024", expected: ["DATE:the fourth quarter", "DATE:the first half of 2024"]),
        RuleCase(text: "about 12% today", expected: ["PERCENT:about 12%", "DATE:today"]),
        RuleCase(text: "at most 3% and at least eight days", expected: ["PERCENT:at most 3%", "DATE:at least eight days"]),
        // Prepositions before a duration, not hedges.
        RuleCase(text: "talks well over two days", expected: ["DATE:two days"]),
        RuleCase(text: "in excess of two years", expected: ["DATE:two years"]),
    ])
    func relativeDates(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Ages are DATE", arguments: [
        RuleCase(text: "Trump, 77, denies it.", expected: ["DATE:77"]),
        RuleCase(text: "The queen, 96, made a visit.", expected: ["DATE:96"]),
        RuleCase(text: "She died at Balmoral on Sept. 8, aged 96.", expected: ["DATE:Sept. 8", "DATE:96"]),
        RuleCase(text: "Mbappé, who turns 24 on Tuesday", expected: ["DATE:24", "DATE:Tuesday"]),
        RuleCase(text: "NATO Summit Opens as Alliance Turns 75", expected: ["DATE:75"]),
        RuleCase(text: "retired at the age of 27", expected: ["DATE:the age of 27"]),
    ])
    func ages(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Times", arguments: [
        RuleCase(text: "The trouble began at 04:09 UTC.", expected: ["TIME:04:09 UTC"]),
        RuleCase(text: "at 6:31 a.m. at the hospital", expected: ["TIME:6:31 a.m."]),
        RuleCase(text: "the impact at around 1:30 a.m., giving police", expected: ["TIME:around 1:30 a.m."]),
        RuleCase(text: "until 5 p.m. on Friday", expected: ["TIME:5 p.m.", "DATE:Friday"]),
        RuleCase(text: "Left The Launch Pad At 7:20 A.M. EST", expected: ["TIME:7:20 A.M. EST"]),
        RuleCase(text: "kick-off at 1900 GMT", expected: ["TIME:1900 GMT"]),
        RuleCase(text: "within about two hours; for several hours; up to 24 hours",
                 expected: ["TIME:about two hours", "TIME:several hours", "TIME:up to 24 hours"]),
        RuleCase(text: "finished more than a second clear", expected: ["TIME:more than a second"]),
        RuleCase(text: "Trains will run every five minutes.", expected: ["TIME:five minutes"]),
        RuleCase(text: "on Tuesday night and this morning", expected: ["TIME:Tuesday night", "TIME:this morning"]),
        RuleCase(text: "scored in the 84th minute", expected: ["TIME:the 84th minute"]),
        RuleCase(text: "only 12% and exactly 10 minutes", expected: ["PERCENT:only 12%", "TIME:exactly 10 minutes"]),
        // Only some hedges go before a clock time.
        RuleCase(text: "open up to 9am, only 9am, around 9am", expected: ["TIME:9am", "TIME:9am", "TIME:around 9am"]),
    ])
    func times(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Money", arguments: [
        RuleCase(text: "Profits rose to $1.13bn (£600m).", expected: ["MONEY:$1.13bn", "MONEY:£600m"]),
        RuleCase(text: "valued at more than $65 billion", expected: ["MONEY:more than $65 billion"]),
        RuleCase(text: "a €3.2 billion fine and 1.5 million euros", expected: ["MONEY:€3.2 billion", "MONEY:1.5 million euros"]),
        RuleCase(text: "a $350 million deal", expected: ["MONEY:$350 million"]),
        RuleCase(text: "worth about 56 billion euros", expected: ["MONEY:about 56 billion euros"]),
        RuleCase(text: "Shareholders will receive $54.20 a share.", expected: ["MONEY:$54.20"]),
        RuleCase(text: "a $130,000 payment", expected: ["MONEY:$130,000"]),
        RuleCase(text: "The $10 Billion Telescope", expected: ["MONEY:$10 Billion"]),
        RuleCase(text: "It cost US$5m and billions of dollars.", expected: ["MONEY:US$5m", "MONEY:billions of dollars"]),
        RuleCase(text: "available for 79p", expected: ["MONEY:79p"]),
        RuleCase(text: "in excess of $5m and upwards of $2bn", expected: ["MONEY:in excess of $5m", "MONEY:upwards of $2bn"]),
    ])
    func money(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Percentages", arguments: [
        RuleCase(text: "Inflation was 12.5%, or 76 percent, or 84 per cent.",
                 expected: ["PERCENT:12.5%", "PERCENT:76 percent", "PERCENT:84 per cent"]),
        RuleCase(text: "shares jumped more than 5% and about 84%", expected: ["PERCENT:more than 5%", "PERCENT:about 84%"]),
        RuleCase(text: "on just 33.7% of the vote", expected: ["PERCENT:just 33.7%"]),
        RuleCase(text: "by less than two percentage points", expected: ["PERCENT:less than two percentage points"]),
        RuleCase(text: "Raised Rates By Half A Percentage Point", expected: ["PERCENT:Half A Percentage Point"]),
        RuleCase(text: "Lula had 50.9% to 49.1% for Bolsonaro", expected: ["PERCENT:50.9%", "PERCENT:49.1%"]),
        RuleCase(text: "a 3% to 3.5% improvement", expected: ["PERCENT:3% to 3.5%"]),
        RuleCase(text: "worth nearly 5% and close to 40%", expected: ["PERCENT:nearly 5%", "PERCENT:close to 40%"]),
        RuleCase(text: "well over 50% and just over 50%", expected: ["PERCENT:well over 50%", "PERCENT:just over 50%"]),
        RuleCase(text: "no more than 10% and not less than 3%", expected: ["PERCENT:no more than 10%", "PERCENT:not less than 3%"]),
        // A word that only starts a hedge ("as", "at", "up") is no hedge alone.
        RuleCase(text: "as 40% of voters; at 5%; up 3%", expected: ["PERCENT:40%", "PERCENT:5%", "PERCENT:3%"]),
    ])
    func percentages(_ rule: RuleCase) {
        #expect(found(rule.text) == rule.expected)
    }

    @Test("Counts", arguments: [
        RuleCase(text: "Labour won 411 of the 650 seats, the first time in 14 years.",
                 expected: ["CARDINAL:411", "CARDINAL:650", "ORDINAL:first", "DATE:14 years"], counts: true),
        RuleCase(text: "as many as 300 and as high as 9%", expected: ["CARDINAL:as many as 300", "PERCENT:as high as 9%"],
                 counts: true),
        RuleCase(text: "about 15,000 spectators and hundreds of thousands of fans", 
                 expected: ["CARDINAL:about 15,000", "CARDINAL:hundreds of thousands"], counts: true),
        RuleCase(text: "Argentina beat France 4-2 after a 3-3 draw.", expected: ["CARDINAL:4-2", "CARDINAL:3-3"], counts: true),
        RuleCase(text: "an estimated 5,000 and fewer than 20 people", expected: ["CARDINAL:an estimated 5,000", "CARDINAL:fewer than 20"],
                 counts: true),
        RuleCase(text: "winds of 140 mph and the 200-metre race", expected: ["QUANTITY:140 mph", "QUANTITY:200-metre"], counts: true),
        RuleCase(text: "one of the six crew, not the one that left", expected: ["CARDINAL:one", "CARDINAL:six"], counts: true),
        RuleCase(text: "Labour won 411 seats on Friday.", expected: ["DATE:Friday"], counts: false),
        RuleCase(text: "a 2048-bit key", expected: [], counts: false),
        RuleCase(text: "upwards of 200 and in excess of 40", expected: ["CARDINAL:upwards of 200", "CARDINAL:in excess of 40"],
                 counts: true),
    ])
    func counts(_ rule: RuleCase) {
        #expect(found(rule.text, counts: rule.counts) == rule.expected)
    }

    @Test("Numbers that are not dates, times, money or percentages", arguments: [
        RuleCase(text: "Kim Jong-un met Moon Jae-in.", expected: []),
        RuleCase(text: "A Boeing 737 landed.", expected: []),
        RuleCase(text: "He lives at 221 Baker Street, not 10 Downing Street.", expected: []),
        RuleCase(text: "Argentina won the 2022 World Cup final.", expected: []),
        RuleCase(text: "the Paris 2024 organising committee and F-16 jets", expected: []),
        RuleCase(text: "See page 2024 of No. 1999.", expected: []),
        RuleCase(text: "Call 020 7946 0958, +44 20 7946 0958 or (555) 123-4567.", expected: []),
        RuleCase(text: "Theresa May said it may rain.", expected: []),
        RuleCase(text: "given by May Parsons, a nurse", expected: []),
        RuleCase(text: "The Sunday Times and the Today programme", expected: []),
        RuleCase(text: "a remarkable week in Paris", expected: []),
    ])
    func negatives(_ rule: RuleCase) {
        #expect(found(rule.text, counts: true) == rule.expected)
    }

    @Test("Offsets are Unicode scalar offsets and spans are ordered, disjoint and on token boundaries")
    func spanInvariants() {
        let text = """
            Erdoğan Signs Grain Deal
            By Selin Aydın
            22.07.2022 | 19:05 GMT+3

            ISTANBUL — Russia and Ukraine signed a deal on Friday, five months after the invasion in February. \
            Erdoğan, 68, said about €1.4 billion was spent; shares rose 5.7% to $54.20 within about two hours.
            """
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars: scalars)
        let spans = NumericEntityRules.spans(in: tokens, scalars: scalars)
        #expect(spans.map(\.text) == ["22.07.2022", "19:05 GMT+3", "Friday", "five months", "February", "68",
                                       "about €1.4 billion", "5.7%", "$54.20", "about two hours"])
        let starts = Set(tokens.map(\.start))
        let ends = Set(tokens.map(\.end))
        var previousEnd = 0
        for span in spans {
            #expect(span.start >= previousEnd)
            #expect(span.start < span.end)
            #expect(starts.contains(span.start) && ends.contains(span.end))
            #expect(span.text == String(String.UnicodeScalarView(scalars[span.start..<span.end])))
            previousEnd = span.end
        }
        #expect(NumericEntityRules.spans(in: [], scalars: []).isEmpty)
    }
}

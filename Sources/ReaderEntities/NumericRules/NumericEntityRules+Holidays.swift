extension NumericEntityRules {
    /// Holidays (DATE), keyed by their first word; longest first.
    static let holidays: [String: [[String]]] = {
        let names: [[String]] = [
            ["Christmas", "Day"], ["Christmas", "Eve"], ["Christmas"], ["New", "Year", "'s", "Day"],
            ["New", "Year", "'s", "Eve"], ["New", "Year"], ["Boxing", "Day"], ["Easter", "Sunday"],
            ["Easter", "Monday"], ["Easter"], ["Good", "Friday"], ["Thanksgiving", "Day"], ["Thanksgiving"],
            ["Halloween"], ["Valentine", "'s", "Day"], ["Independence", "Day"], ["Bastille", "Day"],
            ["Labor", "Day"], ["Labour", "Day"], ["Memorial", "Day"], ["Veterans", "Day"], ["Remembrance", "Day"],
            ["Remembrance", "Sunday"], ["Armistice", "Day"], ["Ramadan"], ["Eid", "al", "-", "Fitr"],
            ["Eid", "al", "-", "Adha"], ["Eid"], ["Diwali"], ["Hanukkah"], ["Passover"], ["Yom", "Kippur"],
            ["Rosh", "Hashanah"], ["Lunar", "New", "Year"], ["Chinese", "New", "Year"], ["Mother", "'s", "Day"],
            ["Father", "'s", "Day"], ["May", "Day"], ["Australia", "Day"], ["Canada", "Day"],
            ["St", "Patrick", "'s", "Day"], ["St.", "Patrick", "'s", "Day"], ["Juneteenth"], ["Hogmanay"],
            ["Election", "Day"], ["Inauguration", "Day"], ["Christmas", "Day"], ["Holy", "Week"],
        ]
        var table: [String: [[String]]] = [:]
        for name in names { table[name[0], default: []].append(name) }
        for key in table.keys { table[key]!.sort { $0.count > $1.count } }
        return table
    }()

    static let holidayStarts: Set<String> = Set(holidays.keys)
}

/// Holidays in `NumericEntityRules` (DATE): "Christmas Day", "New Year's Day", "Easter".
extension NumericEntityRules.Scanner {
    /// "Christmas Day", "New Year's Day", "Easter".
    func holiday(at i: Int) -> Int? {
        guard let names = NumericEntityRules.holidays[tokens[i].text] else { return nil }
        for name in names {
            var q = i
            var matched = true
            for part in name {
                guard q < limit else {
                    matched = false
                    break
                }
                let text = tokens[q].text
                if text != part && !(part == "'s" && text == "\u{2019}s") {
                    matched = false
                    break
                }
                q += 1
            }
            guard matched else { continue }
            // "Christmas Island", "Easter Rising": a capitalised word after a bare holiday name.
            if name.count <= 2 && isNameAfter(q) { return nil }
            if name.count == 1 && lex[i].kind == .month { return nil }
            return q
        }
        return nil
    }
}

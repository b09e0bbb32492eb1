extension NumericEntityRules {
    /// Last words of event names that take a year: "the 2022 World Cup", "the 2005 RBS Six Nations".
    static let eventWords: Set<String> = [
        "Cup", "Olympics", "Olympic", "Paralympics", "Games", "Open", "Championship", "Championships", "Prix",
        "Tour", "Festival", "Expo", "Summit", "Awards", "Oscars", "Series", "Tournament", "Final", "Finals", "Rally",
        "Marathon", "Classic", "League", "Masters", "Bowl", "Nations", "Contest", "Conference", "Convention",
        "Election", "Elections", "Euros", "Eurovision", "Biennale", "Jubilee", "Fair", "Show", "Derby", "Trophy",
        "Challenge", "Grand", "Slam", "Invitational", "Regatta", "Gala", "Congress", "Forum", "Week", "Race",
        "Plan", "Vision", "Agenda", "Act", "Census", "Budget", "Review", "Strategy", "Edition", "Season",
    ]
}

/// What surrounds a number in `NumericEntityRules`: names it belongs to, the end of a phrase, words that
/// make it an identifier.
extension NumericEntityRules.Scanner {
    /// A capitalised word that is part of a name, where capitals mean something (not a headline line).
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        let f = lex[i].flags
        guard f.contains(.letter), f.contains(.capitalized), !f.contains(.function), !f.contains(.headline) else {
            return false
        }
        switch lex[i].kind {
        case .month, .weekday, .timezone, .ampm, .season, .deictic, .keyword, .numberWord, .ordinalWord, .dateUnit,
            .timeUnit, .scale, .currencyCode, .eraSuffix, .quarterCode:
            return false
        default:
            return true
        }
    }

    /// Capitalised inside a sentence, where capitals mean something: "the Year" in an award name.
    func isCapitalizedInside(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let f = lex[i].flags
        return f.contains(.capitalized) && !f.contains(.headline) && !f.contains(.sentenceStart)
    }

    /// A name word right after a number ("2022 World Cup", "June Brown"), not at a sentence start.
    func isNameAfter(_ i: Int) -> Bool {
        i < limit && !lex[i].flags.contains(.sentenceStart) && isNameWord(i)
            && !NumericEntityRules.holidayStarts.contains(tokens[i].text)
    }

    /// A year that begins an event name: "the 2022 World Cup", "2005 RBS Six Nations", "2024 Olympics".
    func isEventAfter(_ i: Int) -> Bool {
        var q = i
        var last = -1
        while q < limit && q < i + 5, lex[q].flags.isSuperset(of: [.letter, .capitalized]),
            lex[q].flags.isDisjoint(with: [.function, .headline, .sentenceStart])
        {
            last = q
            q += 1
        }
        return last >= 0 && NumericEntityRules.eventWords.contains(tokens[last].text)
    }

    /// A name word right before `i` ("Paris 2024", "Boeing 737", "Theresa May").
    func isNameBefore(_ i: Int) -> Bool {
        let p = previous(i)
        return p >= 0 && isNameWord(p)
    }

    /// Nothing more of a phrase follows: end of line, punctuation, a function word or a year.
    func isBoundary(_ i: Int) -> Bool {
        guard i < limit else { return true }
        let l = lex[i]
        if l.kind == .punct { return !(isDash(i) && attached(i)) }
        return l.flags.contains(.function) || isYear(i)
    }

    /// Words that make the next number an identifier: "No. 10", "page 12", "#5", "flight 370".
    func blocksNumber(_ p: Int) -> Bool {
        let l = lex[p]
        if l.kind == .punct {
            return isPunct(p, "#") || isPunct(p, "+") || isPunct(p, "/") || isPunct(p, "\\")
        }
        return l.word == .page || l.word == .number || l.word == .flight
    }
}

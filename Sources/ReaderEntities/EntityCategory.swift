/// How the reader groups entity labels on screen: one colour and one pane heading each.
public enum EntityCategory: Int, CaseIterable, Hashable, Sendable {
    case person, organisation, place, group, dateTime, other

    public init(label: EntityLabel) {
        switch label {
        case .person: self = .person
        case .org: self = .organisation
        case .gpe, .loc, .fac: self = .place
        case .norp: self = .group
        case .date, .time: self = .dateTime
        default: self = .other
        }
    }

    /// Highlighted when the reader starts: all but "other" (numbers, ordinals, money, percentages,
    /// laws, works…), which would underline every "one" and "first"; its key and the config turn it on.
    public static let highlightedByDefault: Set<EntityCategory> = Set(allCases).subtracting([.other])

    /// The categories in the order of `allCases`.
    public static func ordered(_ categories: Set<EntityCategory>) -> [EntityCategory] {
        allCases.filter(categories.contains)
    }

    public var title: String {
        switch self {
        case .person: return "People"
        case .organisation: return "Organisations"
        case .place: return "Places"
        case .group: return "Groups"
        case .dateTime: return "Dates and times"
        case .other: return "Other"
        }
    }

    /// The name the config file uses ("toggle-category.people", `[colors.entities]`).
    public var configName: String {
        switch self {
        case .person: return "people"
        case .organisation: return "organisations"
        case .place: return "places"
        case .group: return "groups"
        case .dateTime: return "dates"
        case .other: return "other"
        }
    }

    /// The key that shows or hides this category's highlighting.
    public var toggleKey: Character {
        Character(String(rawValue + 1))
    }
}

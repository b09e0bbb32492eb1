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

    /// Colours chosen to read on dark and light backgrounds alike: no white, black or yellow text;
    /// "other" keeps the terminal's colour and is underlined instead.
    public var color: TerminalColor? {
        switch self {
        case .person: return .cyan
        case .organisation: return .magenta
        case .place: return .green
        case .group: return .red
        case .dateTime: return .blue
        case .other: return nil
        }
    }

    /// The style of a mention or heading of this category.
    public var style: Style {
        Style(foreground: color, underline: color == nil)
    }

    /// The key that shows or hides this category's highlighting.
    public var toggleKey: Character {
        Character(String(rawValue + 1))
    }
}

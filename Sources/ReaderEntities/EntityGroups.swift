/// The mentions of one real entity in an article: "Vladimir Putin", "Putin" and "President Putin"
/// are one group named by its longest mention.
public struct EntityGroup: Hashable, Sendable {
    public var name: String
    public var label: EntityLabel
    public var mentions: [EntitySpan]
}

public enum EntityGroups {
    /// Groups spans: same label and same text, or a PERSON mention that is the first or last word of
    /// a longer PERSON mention. Ordered by mention count, then first appearance.
    public static func group(_ spans: [EntitySpan]) -> [EntityGroup] {
        var groups: [EntityGroup] = []
        var groupOfKey: [String: Int] = [:]
        func key(_ label: EntityLabel, _ text: String) -> String { label.rawValue + "\t" + text }
        // Longest mentions first, so short ones can join the name they belong to.
        let byLength = spans.enumerated().sorted {
            ($0.element.text.unicodeScalars.count, -$0.offset) > ($1.element.text.unicodeScalars.count, -$1.offset)
        }
        for (_, span) in byLength {
            if let existing = groupOfKey[key(span.label, span.text)] {
                groups[existing].mentions.append(span)
                continue
            }
            var target: Int? = nil
            if span.label == .person, !span.text.contains(" ") {
                target = groups.firstIndex { group in
                    guard group.label == .person else { return false }
                    let words = group.name.split(separator: " ")
                    return words.count >= 2 && (words.first == Substring(span.text) || words.last == Substring(span.text))
                }
            }
            if let target {
                groups[target].mentions.append(span)
                groupOfKey[key(span.label, span.text)] = target
            } else {
                groups.append(EntityGroup(name: span.text, label: span.label, mentions: [span]))
                groupOfKey[key(span.label, span.text)] = groups.count - 1
            }
        }
        for index in groups.indices { groups[index].mentions.sort { $0.start < $1.start } }
        return groups.sorted {
            ($0.mentions.count, -($0.mentions.first?.start ?? 0)) > ($1.mentions.count, -($1.mentions.first?.start ?? 0))
        }
    }
}

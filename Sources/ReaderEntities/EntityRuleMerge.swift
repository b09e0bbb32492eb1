/// Combines the model's spans with the rules' DATE, TIME, MONEY and PERCENT spans.
///
/// A rule span replaces the model spans it overlaps, unless it falls inside or across a name the
/// model found ("Euro 2004", "the 2022 World Cup"): names keep their numbers.
public enum EntityRuleMerge {
    static let nameLabels: Set<EntityLabel> = [.person, .norp, .fac, .org, .gpe, .loc, .product, .event, .workOfArt, .law, .language]

    public static func merge(model: [EntitySpan], rules: [EntitySpan]) -> [EntitySpan] {
        var kept = model
        var added: [EntitySpan] = []
        for rule in rules {
            let overlapping = kept.indices.filter { kept[$0].start < rule.end && rule.start < kept[$0].end }
            if overlapping.contains(where: { nameLabels.contains(kept[$0].label) }) { continue }
            for index in overlapping.reversed() { kept.remove(at: index) }
            added.append(rule)
        }
        return (kept + added).sorted { $0.start < $1.start }
    }
}

/// The 18 OntoNotes 5 entity types.
public enum EntityLabel: String, CaseIterable, Hashable, Sendable, Codable {
    case person = "PERSON", norp = "NORP", fac = "FAC", org = "ORG", gpe = "GPE", loc = "LOC"
    case product = "PRODUCT", event = "EVENT", workOfArt = "WORK_OF_ART", law = "LAW", language = "LANGUAGE"
    case date = "DATE", time = "TIME", percent = "PERCENT", money = "MONEY", quantity = "QUANTITY"
    case ordinal = "ORDINAL", cardinal = "CARDINAL"
}

/// One recognised entity: a label over a span of the text (Unicode scalar offsets, end exclusive).
public struct EntitySpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var label: EntityLabel
    public var text: String

    public init(start: Int, end: Int, label: EntityLabel, text: String) {
        self.start = start
        self.end = end
        self.label = label
        self.text = text
    }
}

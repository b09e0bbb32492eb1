/// Finds named entities in text: the sequence model, then rules for numbers and dates, span
/// clean-up, and consistency within the document.
public struct EntityRecognizer: Sendable {
    /// Stored with computed entities so a newer recogniser can recompute them.
    public static let version = 2

    public let model: EntityModel
    public let extractor: FeatureExtractor

    public init(model: EntityModel, gazetteer: Gazetteer) {
        self.model = model
        extractor = FeatureExtractor(gazetteer: gazetteer)
    }

    /// The entities of a text. `pause` is called every few dozen sentences, so a caller working in
    /// the background can step aside while the interface is busy.
    public func recognize(_ text: String, pause: (() -> Void)? = nil) -> [EntitySpan] {
        recognize(TokenizedText(text), pause: pause)
    }

    public func recognize(_ document: TokenizedText, pause: (() -> Void)? = nil) -> [EntitySpan] {
        var spans = EntitySpanCleanup.clean(modelSpans(document, pause: pause), document: document, gazetteer: extractor.gazetteer)
        let rules = NumericEntityRules.spans(in: document.tokens, scalars: document.scalars, includeCounts: true)
        spans = EntityRuleMerge.merge(model: spans, rules: rules)
        spans = EntityConsistency.apply(spans, document: document)
        return spans
    }

    /// The spans the sequence model tags, with CoNLL's MISC made an OntoNotes type.
    func modelSpans(_ document: TokenizedText, pause: (() -> Void)? = nil) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        for (number, (sentence, headline)) in zip(document.sentences, document.headlines).enumerated() {
            if number % 32 == 31 { pause?() }
            let tokens = document.tokens[sentence]
            let (features, offsets) = extractor.features(for: tokens, headline: headline)
            let tags = model.decode(features: features, offsets: offsets)
            var index = 0
            while index < tags.count {
                guard let type = model.tags.type(of: tags[index]) else { index += 1; continue }
                var end = index + 1
                while end < tags.count, model.tags.isInside(tags[end]), model.tags.type(of: tags[end]) == type { end += 1 }
                let first = tokens[tokens.startIndex + index]
                let last = tokens[tokens.startIndex + end - 1]
                let text = document.text(first.start, last.end)
                if let label = label(forType: model.tags.types[type], text: text) {
                    spans.append(EntitySpan(start: first.start, end: last.end, label: label, text: text))
                }
                index = end
            }
        }
        return spans
    }

    func label(forType type: String, text: String) -> EntityLabel? {
        if let label = EntityLabel(rawValue: type) { return label }
        guard type == "MISC" else { return nil }
        let nationality = extractor.gazetteer.bit(of: "nationality")
        let phrase = Tokenizer.tokenize(text).map { $0.text.lowercased() }.joined(separator: " ")
        if extractor.gazetteer.categoryBits(of: phrase) & nationality != 0 { return .norp }
        return .event
    }
}

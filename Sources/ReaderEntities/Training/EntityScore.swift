/// Exact-span micro precision, recall and F1, as `ner_score.py` computes them for the exact mode.
public struct EntityScore: Sendable, CustomStringConvertible {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public init() {}

    public struct Key: Hashable {
        var doc: String
        var start: Int
        var end: Int
        var label: String
    }

    /// Adds one document's predictions and gold entities, leaving out `ignored` labels.
    public mutating func add(doc: String, predicted: [EntitySpan], gold: [(start: Int, end: Int, label: String)], ignoring ignored: Set<String>) {
        let predictedKeys = Set(predicted.filter { !ignored.contains($0.label.rawValue) }.map {
            Key(doc: doc, start: $0.start, end: $0.end, label: $0.label.rawValue)
        })
        let goldKeys = Set(gold.filter { !ignored.contains($0.label) }.map {
            Key(doc: doc, start: $0.start, end: $0.end, label: $0.label)
        })
        truePositives += predictedKeys.intersection(goldKeys).count
        self.predicted += predictedKeys.count
        self.gold += goldKeys.count
    }

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        "P \(rounded(precision)) R \(rounded(recall)) F1 \(rounded(f1)) (\(truePositives)/\(predicted) predicted, \(gold) gold)"
    }

    private func rounded(_ value: Double) -> String {
        String(Int((value * 1000).rounded())).leftPadded(to: 3)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        let digits = count < length ? String(repeating: "0", count: length - count) + self : self
        return "0." + digits
    }
}

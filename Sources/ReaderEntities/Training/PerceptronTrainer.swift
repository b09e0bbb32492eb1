/// One training sentence: hashed features per token and the gold tags.
public struct TrainingSentence: Sendable {
    public var features: [UInt64]
    public var offsets: [Int]
    public var gold: [Int]

    public init(features: [UInt64], offsets: [Int], gold: [Int]) {
        self.features = features
        self.offsets = offsets
        self.gold = gold
    }
}

/// Trains an `EntityModel` as an averaged structured perceptron (Collins 2002) with Viterbi decoding.
public final class PerceptronTrainer {
    public let tags: TagSet
    private let featureIndex: [UInt64: Int32]
    private let keys: [UInt64]
    private var weights: [Float]
    private var accumulated: [Double]
    private var transitions: [Float]
    private var transitionsAccumulated: [Double]
    private var step: Double = 1
    private let allowedPrevious: [[Int]]

    /// Features seen fewer than `minimumCount` times in `sentences` get no weights.
    public init(tags: TagSet, sentences: [TrainingSentence], minimumCount: Int = 2) {
        self.tags = tags
        var counts: [UInt64: Int32] = [:]
        for sentence in sentences {
            for feature in sentence.features { counts[feature, default: 0] += 1 }
        }
        let kept = counts.filter { $0.value >= Int32(minimumCount) }.keys.sorted()
        var index: [UInt64: Int32] = [:]
        index.reserveCapacity(kept.count)
        for (position, key) in kept.enumerated() { index[key] = Int32(position) }
        featureIndex = index
        keys = kept
        weights = [Float](repeating: 0, count: kept.count * tags.count)
        accumulated = [Double](repeating: 0, count: kept.count * tags.count)
        transitions = [Float](repeating: 0, count: (tags.count + 1) * tags.count)
        transitionsAccumulated = [Double](repeating: 0, count: (tags.count + 1) * tags.count)
        allowedPrevious = EntityModel.allowedPrevious(tags)
    }

    public var featureCount: Int { keys.count }

    /// One pass over the sentences in the given order; returns the share of tokens tagged correctly.
    @discardableResult
    public func trainEpoch(_ sentences: [TrainingSentence], order: [Int]) -> Double {
        var correct = 0
        var total = 0
        for position in order {
            let sentence = sentences[position]
            let predicted = decode(sentence)
            total += predicted.count
            for (guess, gold) in zip(predicted, sentence.gold) where guess == gold { correct += 1 }
            if predicted != sentence.gold { update(sentence, predicted: predicted) }
            step += 1
        }
        return total == 0 ? 1 : Double(correct) / Double(total)
    }

    func decode(_ sentence: TrainingSentence) -> [Int] {
        let tagCount = tags.count
        let tokenCount = sentence.offsets.count - 1
        var scores = [Float](repeating: 0, count: tokenCount * tagCount)
        for token in 0..<tokenCount {
            for feature in sentence.features[sentence.offsets[token]..<sentence.offsets[token + 1]] {
                guard let row = featureIndex[feature] else { continue }
                let base = Int(row) * tagCount
                for tag in 0..<tagCount { scores[token * tagCount + tag] += weights[base + tag] }
            }
        }
        return EntityModel.viterbi(
            emissions: scores, tokenCount: tokenCount, tags: tags, transitions: transitions, allowed: allowedPrevious,
            beamWidth: .infinity)
    }

    private func update(_ sentence: TrainingSentence, predicted: [Int]) {
        let tagCount = tags.count
        for token in predicted.indices {
            let gold = sentence.gold[token]
            let guess = predicted[token]
            if gold != guess {
                for feature in sentence.features[sentence.offsets[token]..<sentence.offsets[token + 1]] {
                    guard let row = featureIndex[feature] else { continue }
                    let base = Int(row) * tagCount
                    adjust(&weights, &accumulated, base + gold, by: 1)
                    adjust(&weights, &accumulated, base + guess, by: -1)
                }
            }
            let goldPrevious = token == 0 ? tagCount : sentence.gold[token - 1]
            let guessPrevious = token == 0 ? tagCount : predicted[token - 1]
            if gold != guess || goldPrevious != guessPrevious {
                adjust(&transitions, &transitionsAccumulated, goldPrevious * tagCount + gold, by: 1)
                adjust(&transitions, &transitionsAccumulated, guessPrevious * tagCount + guess, by: -1)
            }
        }
    }

    @inline(__always)
    private func adjust(_ values: inout [Float], _ sums: inout [Double], _ position: Int, by delta: Float) {
        values[position] += delta
        sums[position] += step * Double(delta)
    }

    /// The averaged weights as a model; weights smaller than `threshold` in magnitude are dropped.
    public func averagedModel(threshold: Float = 0.01) -> EntityModel {
        let tagCount = tags.count
        func average(_ value: Float, _ sum: Double) -> Float { Float(Double(value) - sum / step) }
        var features: [(key: UInt64, weights: [(tag: UInt8, value: Float)])] = []
        features.reserveCapacity(keys.count)
        for (row, key) in keys.enumerated() {
            var kept: [(tag: UInt8, value: Float)] = []
            for tag in 0..<tagCount {
                let value = average(weights[row * tagCount + tag], accumulated[row * tagCount + tag])
                if abs(value) >= threshold { kept.append((UInt8(tag), value)) }
            }
            if !kept.isEmpty { features.append((key, kept)) }
        }
        let averagedTransitions = zip(transitions, transitionsAccumulated).map { average($0, $1) }
        return EntityModel(tags: tags, transitions: averagedTransitions, features: features)
    }
}

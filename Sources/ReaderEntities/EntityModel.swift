/// The trained weights of the sequence model: per feature, sparse weights for some tags; and tag
/// transition weights. Decodes a sentence with Viterbi under the BIO constraints.
public struct EntityModel: Sendable {
    public let tags: TagSet
    /// transitions[previous * tagCount + next]; row `tagCount` holds sentence-start weights.
    public let transitions: [Float]
    /// Feature hash → run in `weightTags`/`weightValues`.
    let table: FeatureTable
    var weightTags: [UInt8] { weights.map(\.tag) }
    var weightValues: [Float] { weights.map(\.value) }
    /// For each tag, the tags that may come before it.
    let allowedPrevious: [[Int]]
    /// The weight runs: tag and value side by side, so a found feature's weights are one cache
    /// line, not two (`emissions` is a quarter of recognition's time).
    let weights: [Weight]

    struct Weight: Sendable {
        var value: Float
        var tag: UInt8
    }

    public init(tags: TagSet, transitions: [Float], features: [(key: UInt64, weights: [(tag: UInt8, value: Float)])]) {
        var entries: [(key: UInt64, start: UInt32, count: UInt8)] = []
        entries.reserveCapacity(features.count)
        var weightTags: [UInt8] = []
        var weightValues: [Float] = []
        for feature in features where !feature.weights.isEmpty {
            entries.append((feature.key, UInt32(weightTags.count), UInt8(feature.weights.count)))
            for weight in feature.weights {
                weightTags.append(weight.tag)
                weightValues.append(weight.value)
            }
        }
        self.init(tags: tags, transitions: transitions, table: FeatureTable(entries: entries),
                  weightTags: weightTags, weightValues: weightValues)
    }

    init(tags: TagSet, transitions: [Float], table: FeatureTable, weightTags: [UInt8], weightValues: [Float]) {
        self.tags = tags
        self.transitions = transitions
        self.table = table
        weights = zip(weightValues, weightTags).map { Weight(value: $0, tag: $1) }
        allowedPrevious = Self.allowedPrevious(tags)
    }

    static func allowedPrevious(_ tags: TagSet) -> [[Int]] {
        (0..<tags.count).map { next in (0..<tags.count).filter { tags.allows($0, next) } }
    }

    public var featureCount: Int { table.entryCount }

    /// The model without weights smaller than `threshold` in magnitude: smaller, nearly as accurate.
    public func pruned(threshold: Float) -> EntityModel {
        var features: [(key: UInt64, weights: [(tag: UInt8, value: Float)])] = []
        for slot in table.keys.indices where table.keys[slot] != 0 {
            let start = Int(table.starts[slot])
            let kept = weights[start..<start + Int(table.counts[slot])]
                .filter { abs($0.value) >= threshold }
                .map { (tag: $0.tag, value: $0.value) }
            if !kept.isEmpty { features.append((table.keys[slot], kept)) }
        }
        return EntityModel(tags: tags, transitions: transitions, features: features)
    }
    public var weightCount: Int { weights.count }

    /// Emission scores of each token for each tag, flattened row-major.
    func emissions(features: [UInt64], offsets: [Int]) -> [Float] {
        let tagCount = tags.count
        let tokenCount = offsets.count - 1
        var scores = [Float](repeating: 0, count: tokenCount * tagCount)
        let mask = table.mask
        table.keys.withUnsafeBufferPointer { keys in
        table.starts.withUnsafeBufferPointer { starts in
        table.counts.withUnsafeBufferPointer { counts in
        weights.withUnsafeBufferPointer { weights in
        features.withUnsafeBufferPointer { features in
        scores.withUnsafeMutableBufferPointer { scores in
            for token in 0..<tokenCount {
                let row = token * tagCount
                for position in offsets[token]..<offsets[token + 1] {
                    let key = FeatureTable.storedKey(features[position])
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while keys[slot] != key && keys[slot] != 0 { slot = (slot + 1) & mask }
                    guard keys[slot] == key else { continue }
                    let start = Int(starts[slot])
                    for weight in start..<(start + Int(counts[slot])) {
                        scores[row + Int(weights[weight].tag)] += weights[weight].value
                    }
                }
            }
        }}}}}}
        return scores
    }

    /// The best tag sequence for a sentence.
    public func decode(features: [UInt64], offsets: [Int]) -> [Int] {
        let scores = emissions(features: features, offsets: offsets)
        return Self.viterbi(
            emissions: scores, tokenCount: offsets.count - 1, tags: tags, transitions: transitions,
            allowed: allowedPrevious)
    }

    /// How far behind the best a previous tag's score may be and still be extended.
    static let beamWidth: Float = 150

    static func viterbi(
        emissions: [Float], tokenCount: Int, tags: TagSet, transitions: [Float], allowed: [[Int]],
        beamWidth: Float = EntityModel.beamWidth
    ) -> [Int] {
        let tagCount = tags.count
        guard tokenCount > 0 else { return [] }
        let impossible = -Float.greatestFiniteMagnitude
        var best = [Float](repeating: impossible, count: tokenCount * tagCount)
        var back = [Int32](repeating: 0, count: tokenCount * tagCount)
        let startRow = tagCount * tagCount
        best.withUnsafeMutableBufferPointer { best in
            back.withUnsafeMutableBufferPointer { back in
                emissions.withUnsafeBufferPointer { emissions in
                    transitions.withUnsafeBufferPointer { transitions in
                        for tag in 0..<tagCount where tags.allows(nil, tag) {
                            best[tag] = emissions[tag] + transitions[startRow + tag]
                        }
                        var live = [Bool](repeating: false, count: tagCount)
                        // The live tags in increasing order, as `allowed` lists them: a tag that
                        // any tag may follow (O, B-X) looks only at these, with the same ties.
                        var liveTags = [Int](repeating: 0, count: tagCount)
                        for token in 1..<max(1, tokenCount) {
                            let row = token * tagCount
                            let previousRow = row - tagCount
                            // Beam: previous tags far behind the best cannot win; skipping them
                            // makes decoding several times faster at no measured cost.
                            var top = impossible
                            for tag in 0..<tagCount where best[previousRow + tag] > top { top = best[previousRow + tag] }
                            var liveCount = 0
                            for tag in 0..<tagCount {
                                live[tag] = best[previousRow + tag] >= top - beamWidth
                                if live[tag] {
                                    liveTags[liveCount] = tag
                                    liveCount += 1
                                }
                            }
                            for next in 0..<tagCount {
                                var bestScore = impossible
                                var bestPrevious = 0
                                let candidates = allowed[next]
                                if candidates.count == tagCount {
                                    for index in 0..<liveCount {
                                        let previous = liveTags[index]
                                        let total = best[previousRow + previous] + transitions[previous * tagCount + next]
                                        if total > bestScore {
                                            bestScore = total
                                            bestPrevious = previous
                                        }
                                    }
                                } else {
                                    for previous in candidates where live[previous] {
                                        let total = best[previousRow + previous] + transitions[previous * tagCount + next]
                                        if total > bestScore {
                                            bestScore = total
                                            bestPrevious = previous
                                        }
                                    }
                                }
                                if bestScore > impossible {
                                    best[row + next] = bestScore + emissions[row + next]
                                    back[row + next] = Int32(bestPrevious)
                                }
                            }
                        }
                    }
                }
            }
        }
        let lastRow = (tokenCount - 1) * tagCount
        var tag = 0
        var bestScore = impossible
        for candidate in 0..<tagCount where best[lastRow + candidate] > bestScore {
            bestScore = best[lastRow + candidate]
            tag = candidate
        }
        var path = [Int](repeating: 0, count: tokenCount)
        for token in stride(from: tokenCount - 1, through: 0, by: -1) {
            path[token] = tag
            tag = Int(back[token * tagCount + tag])
        }
        return path
    }
}

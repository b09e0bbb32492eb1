/// What a refresh of several feeds did, summed: the one wording the reader's status line and
/// `reader refresh` share ("2 new, 1 updated").
public struct FeedRefreshReport: Equatable, Sendable {
    public var feeds = 0
    public var added = 0
    public var updated = 0
    public var failed = 0
    /// The first failure's summary ("Name: reason").
    public var firstFailure: String?

    public init(_ results: [FeedRefreshResult]) {
        feeds = results.count
        for result in results {
            switch result.outcome {
            case .success(let update?):
                added += update.added
                updated += update.updated
            case .success(nil):
                break
            case .failure:
                failed += 1
                firstFailure = firstFailure ?? result.summary
            }
        }
    }

    /// "2 new, 1 updated".
    public var counts: String { "\(added) new, \(updated) updated" }

    /// "Refreshed 3 feeds: 2 new, 1 updated", or with failures "Refreshed 8 of 11 feeds: …, 3 failed".
    public var headline: String {
        let refreshed = feeds - failed
        let whole = failed > 0 ? "\(refreshed) of \(feeds)" : "\(feeds)"
        return "Refreshed \(whole) feed\(feeds == 1 ? "" : "s"): \(counts)" + (failed > 0 ? ", \(failed) failed" : "")
    }
}

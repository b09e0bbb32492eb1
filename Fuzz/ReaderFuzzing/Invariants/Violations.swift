/// Collects the invariants an input broke, with enough context to read the failure.
public struct Violations {
    public private(set) var messages: [String] = []

    public init() {}

    /// Records `message` when `condition` is false. Stops collecting after a few: one cause often
    /// breaks hundreds of cells.
    public mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition, messages.count < 20 else { return }
        messages.append(message())
    }

    public mutating func append(_ other: [String], context: String) {
        for message in other { expect(false, "\(context): \(message)") }
    }
}

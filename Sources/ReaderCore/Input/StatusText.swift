/// A status message and the key hints after it ("Highlight deleted · u brings it back").
enum StatusText {
    /// The parts joined by " · "; hints for actions without a key (nil) are left out.
    static func joined(_ message: String, _ hints: String?...) -> String {
        ([message] + hints.compactMap { $0 }).joined(separator: " · ")
    }
}

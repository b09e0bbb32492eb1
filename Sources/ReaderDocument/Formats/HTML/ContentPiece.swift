/// A part of the article as found: an element, or a run of inline content that sits beside
/// blocks in a `<div>` (a paragraph without its `<p>`).
enum ContentPiece: Equatable {
    case node(Int)
    case run([Int])

    var nodes: [Int] {
        switch self {
        case .node(let node): [node]
        case .run(let nodes): nodes
        }
    }
}

/// Which of the scoring's steps are on: a page whose article comes out too short is read again
/// with fewer of them, as Readability does.
struct ContentFlags: OptionSet {
    let rawValue: Int
    /// Remove elements whose class or id says "comment", "sidebar", "related"… before scoring.
    static let stripUnlikely = ContentFlags(rawValue: 1)
    /// Let class and id words add to or take from scores.
    static let weightClasses = ContentFlags(rawValue: 2)
    /// Remove link-heavy, image-heavy or form-like blocks from the content found.
    static let cleanConditionally = ContentFlags(rawValue: 4)
    static let all: ContentFlags = [.stripUnlikely, .weightClasses, .cleanConditionally]
}

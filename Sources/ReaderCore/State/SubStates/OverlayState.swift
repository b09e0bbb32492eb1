/// What is drawn over the panes or takes the keys from them: an overlay, a prompt, the notes browser.
public struct OverlayState: Equatable, Sendable {
    public var overlay: Overlay?
    /// The prompt being typed in, if any; keys go to it.
    public var prompt: Prompt?
    /// Every note in the library, while that view is open.
    public var notesBrowser: NotesBrowser?
    /// Every tag in the library, as last read: what Tab completes in a tag prompt.
    public var knownTags: [String] = []

    public init() {}
}

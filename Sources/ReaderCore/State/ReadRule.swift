/// When an article counts as read (the config file's `reading.mark-read`).
public enum ReadRule: String, CaseIterable, Hashable, Sendable {
    /// Once its end has been on screen.
    case atEnd = "at-end"
    /// As soon as it is opened.
    case onOpen = "on-open"
    /// Only with the key that marks it (m).
    case manual
}

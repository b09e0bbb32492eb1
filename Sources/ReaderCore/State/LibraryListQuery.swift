/// Which articles the list shows, and in what order.
public struct LibraryListQuery: Equatable, Sendable {
    public enum Filter: String, Sendable, CaseIterable { case all, unread, starred }
    public enum Sort: String, Sendable, CaseIterable { case date, title }

    public var filter: Filter
    public var sort: Sort

    public init(filter: Filter = .all, sort: Sort = .date) {
        self.filter = filter
        self.sort = sort
    }
}

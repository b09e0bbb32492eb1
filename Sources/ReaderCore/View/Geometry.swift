/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A rectangle of cells; empty when either side is zero.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The same rectangle without its first `rows` rows.
    public func droppingTop(_ rows: Int) -> Rect {
        let dropped = min(rows, height)
        return Rect(x: x, y: y + dropped, width: width, height: height - dropped)
    }

    /// The first `rows` rows.
    public func top(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(rows, height))
    }
}

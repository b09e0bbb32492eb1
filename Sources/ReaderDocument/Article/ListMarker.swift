/// The marker Reader writes at the start of a list item's text: "• ", "3. " or "[^2] ", then a
/// task box ("☐ ", "☑ ") where the item has one.
public enum ListMarker {
    /// How many scalars at the start of `scalars` are the marker; 0 for text without one.
    public static func length(of scalars: [Unicode.Scalar]) -> Int {
        var index = 0
        func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }
        func takeDigits() -> Bool {
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            return index > start
        }
        if take("•") {
        } else if take("[") {
            _ = take("^")
            guard takeDigits(), take("]") else { return 0 }
        } else {
            guard takeDigits(), take(".") else { return 0 }
        }
        guard take(" ") else { return 0 }
        let afterBullet = index
        if take("☐") || take("☑") { return take(" ") ? index : afterBullet }
        return index
    }
}

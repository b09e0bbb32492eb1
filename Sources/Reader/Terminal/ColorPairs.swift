import CNcurses
import ReaderEntities
import ReaderCore

/// ncurses colour pairs, made the first time a combination of colours is drawn. Themes can use
/// any of 16 million colours, so pairs cannot be laid out in advance.
struct ColorPairs {
    /// COLOR_PAIRS: pairs from 1 up to this (exclusive) can be made.
    var limit: Int32 = 0
    private var made: [Key: Int32] = [:]

    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// The pair for these colours (-1 is the terminal's default); 0, the default pair, once the
    /// terminal has no more pairs to give.
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        let key = Key(foreground: foreground, background: background)
        if let pair = made[key] { return pair }
        let pair = Int32(made.count + 1)
        guard pair < limit, reader_init_pair(pair, foreground, background) != ERR else { return 0 }
        made[key] = pair
        return pair
    }
}

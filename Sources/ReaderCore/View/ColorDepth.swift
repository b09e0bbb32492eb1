/// How many colours a terminal can show, from none (monochrome, or NO_COLOR) to 24-bit.
public enum ColorDepth: Int, Comparable, Hashable, Sendable, CaseIterable {
    case none, eight, sixteen, palette256, direct

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth for a terminal: `colors` is terminfo's count (ncurses' COLORS). NO_COLOR, when set
    /// to anything but the empty string, means no colours at all (no-color.org).
    public static func detect(hasColors: Bool, colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard hasColors else { return .none }
        switch colors {
        case 0x100_0000...: return .direct
        case 256...: return .palette256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }
}

extension Color {
    /// The nearest colour the depth can show; nil when it shows none.
    public func reduced(to depth: ColorDepth) -> Color? {
        switch depth {
        case .none: return nil
        case .direct: return self
        case .palette256:
            guard case .rgb(let red, let green, let blue) = self else { return self }
            return Color(paletteIndex: XtermPalette.nearest(red, green, blue, in: 16...255))
        case .sixteen:
            if let index = paletteIndex, index < 16 { return self }
            let (red, green, blue) = rgbValue
            return Color(paletteIndex: XtermPalette.nearest(red, green, blue, in: 0...15))
        case .eight:
            switch self {
            case .basic: return self
            case .bright(let color): return .basic(color)
            default:
                let (red, green, blue) = rgbValue
                // The nearest of all sixteen, then its basic half: pure red is bright red, so red.
                let index = XtermPalette.nearest(red, green, blue, in: 0...15)
                return Color(paletteIndex: index % 8)
            }
        }
    }

    /// The colour's RGB value (palette entries as xterm draws them by default).
    public var rgbValue: (UInt8, UInt8, UInt8) {
        if case .rgb(let red, let green, let blue) = self { return (red, green, blue) }
        return XtermPalette.rgb(of: UInt8(paletteIndex ?? 0))
    }
}

/// xterm's default 256-colour palette: 16 system colours, a 6×6×6 cube and 24 greys.
enum XtermPalette {
    static let system: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    static func rgb(of index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16: return system[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + (Int(index) - 232) * 10)
            return (grey, grey, grey)
        }
    }

    /// The palette entry in `range` closest to the colour, by a perceptually weighted distance.
    static func nearest(_ red: UInt8, _ green: UInt8, _ blue: UInt8, in range: ClosedRange<UInt8>) -> UInt8 {
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let distance = self.distance((red, green, blue), rgb(of: index))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// The "redmean" approximation of perceived colour difference (squared, scaled).
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let meanRed = (Int(a.0) + Int(b.0)) / 2
        let red = Int(a.0) - Int(b.0), green = Int(a.1) - Int(b.1), blue = Int(a.2) - Int(b.2)
        return ((512 + meanRed) * red * red) / 256 + 4 * green * green + ((767 - meanRed) * blue * blue) / 256
    }
}

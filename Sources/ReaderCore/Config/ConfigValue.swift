/// A parsed TOML value, in plain Swift: the config is read from these, not from TOMLKit's types.
public indirect enum ConfigValue: Hashable, Sendable {
    case table([String: ConfigValue])
    case array([ConfigValue])
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// Dates and times, which the config never uses.
    case other(String)

    /// How a problem message names the kind of value found.
    public var kind: String {
        switch self {
        case .table: return "a table"
        case .array: return "an array"
        case .string(let text): return "\"\(text)\""
        case .integer(let number): return "\(number)"
        case .float(let number): return "\(number)"
        case .boolean(let flag): return "\(flag)"
        case .other(let text): return text
        }
    }
}

// Implementation-only: TOMLKit's literal-convertible TOMLValue would otherwise take part in type
// inference in every module that imports ReaderKit (`c ? string : nil` became a TOMLValue).
@_implementationOnly import TOMLKit

/// Parses TOML text into `ConfigValue`s: the one place that uses TOMLKit (toml++ underneath).
enum TOMLReading {
    struct SyntaxError: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func parse(_ text: String) -> Result<[String: ConfigValue], SyntaxError> {
        do {
            let table = try TOMLTable(string: text)
            return .success(convert(table))
        } catch let error as TOMLParseError {
            return .failure(SyntaxError(line: error.source.begin.line, column: error.source.begin.column, message: error.description))
        } catch {
            return .failure(SyntaxError(line: 1, column: 1, message: "\(error)"))
        }
    }

    static func convert(_ table: TOMLTable) -> [String: ConfigValue] {
        var result: [String: ConfigValue] = [:]
        for key in table.keys {
            if let value = table[key] { result[key] = convert(value) }
        }
        return result
    }

    static func convert(_ value: TOMLValueConvertible) -> ConfigValue {
        switch value.type {
        case .table: return value.table.map { .table(convert($0)) } ?? .table([:])
        case .array: return .array(value.array.map { $0.map(convert) } ?? [])
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        default: return .other(value.debugDescription)
        }
    }
}

import Foundation
import ReaderEntities

/// Indented JSON for plain values (dictionaries with sorted keys, arrays, strings, numbers, booleans).
enum JSONText {
    static func render(_ value: Any) -> String {
        var output = ""
        write(value, indent: "", into: &output)
        output += "\n"
        return output
    }

    static func write(_ value: Any, indent: String, into output: inout String) {
        switch value {
        case let text as String:
            output += EntityJSONL.quoted(text)
        case let flag as Bool:
            output += flag ? "true" : "false"
        case let number as Int:
            output += String(number)
        case let number as Double:
            output += number.isFinite ? String(number) : "null"
        case let object as [String: Any]:
            guard !object.isEmpty else { output += "{}"; return }
            let inner = indent + "  "
            output += "{\n"
            for (index, key) in object.keys.sorted().enumerated() {
                output += inner + EntityJSONL.quoted(key) + ": "
                write(object[key]!, indent: inner, into: &output)
                output += index == object.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case let array as [Any]:
            guard !array.isEmpty else { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (index, element) in array.enumerated() {
                output += inner
                write(element, indent: inner, into: &output)
                output += index == array.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        default:
            output += "null"
        }
    }
}

import Foundation

/// The JSON-lines formats of `reader entities --jsonl` and of the shared NER data.
public enum EntityJSONL {
    public struct Document: Sendable {
        public var id: String
        public var text: String
        /// The id as it is written back: a number stays a number.
        public var idJSON: String
    }

    public struct GoldEntity: Sendable {
        public var doc: String
        public var start: Int
        public var end: Int
        public var label: String
    }

    public enum LineError: Error, CustomStringConvertible {
        case notJSON
        case missingField(String)

        public var description: String {
            switch self {
            case .notJSON: return "not a JSON object"
            case .missingField(let name): return "missing or invalid field \"\(name)\""
            }
        }
    }

    /// Reads `{"doc": ID, "text": TEXT}`; a numeric doc id is taken as its decimal text.
    public static func document(fromLine line: Substring) throws(LineError) -> Document {
        let object = try jsonObject(line)
        guard let text = object["text"] as? String else { throw .missingField("text") }
        guard let id = identifier(object["doc"]) else { throw .missingField("doc") }
        let idJSON = object["doc"] is String ? quoted(id) : id
        return Document(id: id, text: text, idJSON: idJSON)
    }

    /// Reads `{"doc","start","end","label"}`.
    public static func gold(fromLine line: Substring) throws(LineError) -> GoldEntity {
        let object = try jsonObject(line)
        guard let doc = identifier(object["doc"]) else { throw .missingField("doc") }
        guard let start = object["start"] as? Int else { throw .missingField("start") }
        guard let end = object["end"] as? Int else { throw .missingField("end") }
        guard let label = object["label"] as? String else { throw .missingField("label") }
        return GoldEntity(doc: doc, start: start, end: end, label: label)
    }

    /// One output line for an entity, keys in the contract's order.
    public static func line(doc: String, span: EntitySpan) -> String {
        line(docJSON: quoted(doc), span: span)
    }

    /// One output line with the document id already in JSON form.
    public static func line(docJSON: String, span: EntitySpan) -> String {
        "{\"doc\": \(docJSON), \"start\": \(span.start), \"end\": \(span.end), \"label\": \"\(span.label.rawValue)\", \"text\": \(quoted(span.text))}"
    }

    static func identifier(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let number = value as? Int { return String(number) }
        return nil
    }

    static func jsonObject(_ line: Substring) throws(LineError) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw .notJSON
        }
        return object
    }

    /// A JSON string literal; non-ASCII is written as UTF-8, controls escaped.
    public static func quoted(_ text: String) -> String {
        // Most text needs no escapes: check the bytes and copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }),
           !text.unicodeScalars.contains(where: { $0.value == 0x2028 || $0.value == 0x2029 }) {
            return "\"" + text + "\""
        }
        var output = "\""
        output.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
        return output
    }
}

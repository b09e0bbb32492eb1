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

    /// A JSON string literal; non-ASCII is written as UTF-8, controls and U+2028/U+2029 escaped.
    /// Works on bytes: this runs for every paragraph stored and every entity written.
    public static func quoted(_ text: String) -> String {
        let bytes = text.utf8
        // Most text needs no escapes at all.
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) { return "\"" + text + "\"" }
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        let input = Array(bytes)
        var output: [UInt8] = [0x22]
        output.reserveCapacity(input.count + 16)
        var index = 0
        while index < input.count {
            let byte = input[index]
            switch byte {
            case 0x22, 0x5C: output.append(0x5C); output.append(byte)
            case 0x0A: output.append(0x5C); output.append(0x6E)
            case 0x0D: output.append(0x5C); output.append(0x72)
            case 0x09: output.append(0x5C); output.append(0x74)
            case 0x00..<0x20:
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            case 0xE2 where index + 2 < input.count && input[index + 1] == 0x80 && (input[index + 2] == 0xA8 || input[index + 2] == 0xA9):
                // U+2028 and U+2029 end lines in JavaScript: escaped for readers that eval JSON lines.
                output.append(contentsOf: Array("\\u202".utf8))
                output.append(input[index + 2] == 0xA8 ? 0x38 : 0x39)
                index += 2
            default:
                output.append(byte)
            }
            index += 1
        }
        output.append(0x22)
        return String(decoding: output, as: UTF8.self)
    }
}

import Foundation

/// Reads and writes `EntityModel` as a compact binary file: a header, the tag types, transition
/// weights, the feature table as stored, and the weights as 16-bit floats.
public enum EntityModelFile {
    static let magic = Array("RDRNER01".utf8)

    public enum ReadError: Error, CustomStringConvertible {
        case notAModel
        case truncated

        public var description: String {
            switch self {
            case .notAModel: return "not a Reader entity model file"
            case .truncated: return "the entity model file is truncated"
            }
        }
    }

    public static func encode(_ model: EntityModel) -> [UInt8] {
        var output = magic
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) }
        }
        func appendArray<T>(_ values: [T]) {
            values.withUnsafeBytes { output.append(contentsOf: $0) }
        }
        append(UInt32(model.tags.types.count))
        for type in model.tags.types {
            let bytes = Array(type.utf8)
            append(UInt8(bytes.count))
            output += bytes
        }
        append(UInt32(model.transitions.count))
        appendArray(model.transitions)
        append(UInt32(model.table.keys.count))
        appendArray(model.table.keys)
        appendArray(model.table.starts)
        appendArray(model.table.counts)
        append(UInt32(model.weightTags.count))
        appendArray(model.weightTags)
        appendArray(model.weightValues.map { Float16($0) })
        return output
    }

    public static func decode(_ data: [UInt8]) throws -> EntityModel {
        var reader = ByteReader(bytes: data)
        guard try reader.bytes(magic.count) == magic else { throw ReadError.notAModel }
        let typeCount = Int(try reader.integer(UInt32.self))
        var types: [String] = []
        for _ in 0..<typeCount {
            let length = Int(try reader.integer(UInt8.self))
            types.append(String(decoding: try reader.bytes(length), as: UTF8.self))
        }
        let transitionCount = Int(try reader.integer(UInt32.self))
        let transitions: [Float] = try reader.array(Float.self, count: transitionCount)
        let slotCount = Int(try reader.integer(UInt32.self))
        let keys: [UInt64] = try reader.array(UInt64.self, count: slotCount)
        let starts: [UInt32] = try reader.array(UInt32.self, count: slotCount)
        let counts: [UInt8] = try reader.array(UInt8.self, count: slotCount)
        let weightCount = Int(try reader.integer(UInt32.self))
        let tags: [UInt8] = try reader.array(UInt8.self, count: weightCount)
        let values: [Float16] = try reader.array(Float16.self, count: weightCount)
        guard slotCount > 0, slotCount & (slotCount - 1) == 0 else { throw ReadError.notAModel }
        let tagSet = TagSet(types: types)
        guard transitions.count == (tagSet.count + 1) * tagSet.count else { throw ReadError.notAModel }
        return EntityModel(
            tags: tagSet, transitions: transitions,
            table: FeatureTable(keys: keys, starts: starts, counts: counts),
            weightTags: tags, weightValues: values.map { Float($0) })
    }
}

/// Sequential little-endian reads from a byte array.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    mutating func bytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, position + count <= bytes.count else { throw EntityModelFile.ReadError.truncated }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let raw = try bytes(MemoryLayout<T>.size)
        return raw.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(as: T.self)) }
    }

    mutating func array<T>(_ type: T.Type, count: Int) throws -> [T] {
        let size = MemoryLayout<T>.stride * count
        guard count >= 0, position + size <= bytes.count else { throw EntityModelFile.ReadError.truncated }
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialised in
            bytes.withUnsafeBytes { source in
                let raw = UnsafeMutableRawBufferPointer(buffer)
                raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + size]))
            }
            initialised = count
        }
        position += size
        return result
    }
}

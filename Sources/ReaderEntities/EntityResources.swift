import Foundation
import ReaderResources

/// Loads the shipped entity model and gazetteers.
public enum EntityResources {
    public static let modelFile = "entity-model.bin"
    public static let gazetteerFile = "gazetteers.tsv"

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .missing(let message): return message
            case .unreadable(let path, let reason): return "\(path): \(reason)"
            }
        }
    }

    /// The recogniser from the bundled resources, or from explicit files.
    public static func recognizer(modelPath: String? = nil, gazetteerPath: String? = nil) throws(LoadError) -> EntityRecognizer {
        var folder = ""
        if modelPath == nil || gazetteerPath == nil {
            switch ResourceLocator.folder("Entities") {
            case .success(let found): folder = found
            case .failure(let missing): throw .missing(missing.description)
            }
        }
        let model = modelPath ?? "\(folder)/\(modelFile)"
        let gazetteer = gazetteerPath ?? "\(folder)/\(gazetteerFile)"
        guard let modelData = FileManager.default.contents(atPath: model) else {
            throw .unreadable(path: model, reason: "cannot read the entity model")
        }
        let decoded: EntityModel
        do {
            decoded = try EntityModelFile.decode([UInt8](modelData))
        } catch {
            throw .unreadable(path: model, reason: "\(error)")
        }
        guard let gazetteerText = try? String(contentsOfFile: gazetteer, encoding: .utf8) else {
            throw .unreadable(path: gazetteer, reason: "cannot read the gazetteers")
        }
        return EntityRecognizer(model: decoded, gazetteer: Gazetteer(tsv: gazetteerText))
    }
}

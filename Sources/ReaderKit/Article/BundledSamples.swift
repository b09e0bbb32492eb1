import Foundation

/// The sample articles shipped with Reader, found without trapping when the resource folder is missing.
public enum BundledSamples {
    static let folderName = "Samples"
    static let bundleName = "Reader_ReaderKit.resources"

    /// The samples folder, or an error naming the places looked at.
    public static func directory() -> Result<String, SamplesMissing> {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let executableFolder = executable.deletingLastPathComponent()
        candidates.append(executableFolder.appendingPathComponent(bundleName))
        candidates.append(executableFolder.appendingPathComponent("../share/reader/\(bundleName)"))
        if let main = Bundle.main.resourceURL { candidates.append(main.appendingPathComponent(bundleName)) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(bundleName) {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath))
        }
        for candidate in candidates {
            let folder = candidate.appendingPathComponent(folderName).standardizedFileURL
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return .success(folder.path)
            }
        }
        return .failure(SamplesMissing(searched: candidates.map { $0.standardizedFileURL.path }))
    }

    public struct SamplesMissing: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "the bundled samples were not found; looked in: " + searched.joined(separator: ", ")
                + ". Install the binary together with its \(bundleName) folder, or name files to open."
        }
    }
}

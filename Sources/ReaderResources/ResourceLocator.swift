import Foundation

/// Finds folders of the package's resource bundle without `Bundle.module`, which traps when the
/// bundle is missing (a binary copied without its resource folder).
public enum ResourceLocator {
    static let bundleName = "Reader_ReaderResources.resources"

    /// A folder inside the resource bundle, or the places that were searched.
    public static func folder(_ name: String) -> Result<String, ResourceMissing> {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: runningExecutable()).resolvingSymlinksInPath()
        let executableFolder = executable.deletingLastPathComponent()
        candidates.append(executableFolder.appendingPathComponent(bundleName))
        candidates.append(executableFolder.appendingPathComponent("../share/reader/\(bundleName)"))
        if let main = Bundle.main.resourceURL { candidates.append(main.appendingPathComponent(bundleName)) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(bundleName) {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath))
        }
        // Test runners live in their own folder next to the bundle.
        candidates.append(executableFolder.deletingLastPathComponent().appendingPathComponent(bundleName))
        for candidate in candidates {
            let folder = candidate.appendingPathComponent(name).standardizedFileURL
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return .success(folder.path)
            }
        }
        return .failure(ResourceMissing(name: name, searched: candidates.map { $0.standardizedFileURL.path }))
    }

    /// The running binary's own path: argv[0] is only a name when the binary was found on PATH,
    /// and would then be looked up in the working directory.
    static func runningExecutable() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first ?? ""
    }

    public struct ResourceMissing: Error, CustomStringConvertible {
        public var name: String
        public var searched: [String]
        public var description: String {
            "the bundled \(name) were not found; looked in: " + searched.joined(separator: ", ")
                + ". Install the binary together with its \(ResourceLocator.bundleName) folder."
        }
    }
}

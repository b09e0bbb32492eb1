import Foundation
import Testing

/// The targets' imports follow one direction, and the system libraries stay where they belong.
@Suite struct LayeringTests {
    /// What each target's files may import, besides the standard library's modules.
    static let allowed: [String: Set<String>] = [
        "ReaderResources": [],
        "ReaderText": [],
        "ReaderEntities": ["ReaderText", "ReaderResources"],
        "ReaderDocument": ["ReaderText", "ReaderEntities", "ReaderResources", "CLibXML2", "CCmarkGFM"],
        "ReaderCore": ["ReaderText", "ReaderEntities", "ReaderDocument", "TOMLKit"],
        "ReaderLibrary": ["ReaderText", "ReaderEntities", "ReaderDocument", "ReaderCore", "GRDB"],
        "ReaderFetch": ["ReaderDocument", "FoundationNetworking"],
    ]
    static let standard: Set<String> = ["Foundation", "Synchronization", "Dispatch", "Glibc", "Darwin"]

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
    }

    static func imports(in target: String) throws -> [(file: String, module: String)] {
        let folder = sources.appendingPathComponent(target)
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty, "no sources in \(target)")
        return try files.flatMap { file in
            try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
                .compactMap { line -> (String, String)? in
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                          words[..<index].allSatisfy({ $0.hasPrefix("@") }) else { return nil }
                    return (file, String(words[index + 1]))
                }
        }
    }

    @Test("Each library target imports only the targets below it", arguments: allowed.keys.sorted())
    func importsGoDown(target: String) throws {
        let permitted = Self.allowed[target, default: []].union(Self.standard)
        for (file, module) in try Self.imports(in: target) {
            #expect(permitted.contains(module), "\(target)/\(file) imports \(module)")
        }
    }

    @Test("Only the backend folder of the reader imports CNcurses, and the reader never loads networking")
    func executableImports() throws {
        for (file, module) in try Self.imports(in: "Reader") {
            #expect(module != "FoundationNetworking", "Reader/\(file) imports FoundationNetworking")
            if module == "CNcurses" { #expect(file.hasPrefix("Terminal/"), "Reader/\(file) imports CNcurses") }
            #expect(module != "GRDB", "Reader/\(file) imports GRDB: the library target holds the database code")
        }
    }
}

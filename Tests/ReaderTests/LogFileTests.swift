import Foundation
import Testing
@testable import Reader

/// The log shared by the reader and CLI commands run beside it.
@Suite struct LogFileTests {
    @Test func twoProcessesWritingTheLogKeepEveryLineWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("reader/reader.log").path
        // Two opens of the file stand for the reader and a CLI command: each has its own offset.
        let reader = try #require(LogFile(path: path))
        reader.write("earlier line from the reader")
        let command = try #require(LogFile(path: path))
        var expected = ["earlier line from the reader"]
        for index in 0..<30 {
            let writer = index.isMultiple(of: 3) ? command : reader
            let line = "\(writer === reader ? "reader" : "command") line \(index) version=0.1.0"
            writer.write(line)
            expected.append(line)
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == expected)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

import Foundation
@testable import ReaderKit

/// A temporary home for running the built `reader` as a user would: its own HOME and XDG data
/// folder, so nothing of the machine's own library is touched.
struct CommandSandbox {
    let folder: URL

    init(named name: String) {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("xdg").path]
    }

    func reader(_ arguments: [String]) throws -> ChildProcess.Result {
        try ChildProcess.run(try ReaderUnderTest.binary(), arguments, environment: environment)
    }
}

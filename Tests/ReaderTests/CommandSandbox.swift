import Foundation
@testable import ReaderDocument

/// A temporary home for running the built `reader` as a user would: its own HOME and XDG data
/// folder, so nothing of the machine's own library is touched.
struct CommandSandbox {
    let folder: URL
    /// Where the suite's `--library` points, inside `folder`.
    let library: String

    init(named name: String, library: String = "library.sqlite") {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        self.library = folder.appendingPathComponent(library).path
    }

    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("xdg").path]
    }

    func reader(_ arguments: [String]) throws -> ChildProcess.Result {
        try ChildProcess.run(try ReaderUnderTest.binary(), arguments, environment: environment)
    }
}

/// A suite whose tests run `reader` in a sandbox of its own.
protocol CommandSandboxSuite {
    var sandbox: CommandSandbox { get }
    /// Added after the arguments of every `reader(…)` run; none unless the suite says.
    var commonArguments: [String] { get }
}

extension CommandSandboxSuite {
    var commonArguments: [String] { [] }
    var folder: URL { sandbox.folder }
    var library: String { sandbox.library }

    func reader(_ arguments: String...) throws -> ChildProcess.Result {
        try sandbox.reader(arguments + commonArguments)
    }
}

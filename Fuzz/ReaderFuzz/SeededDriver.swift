#if !READER_LIBFUZZER
import Foundation
import ReaderFuzzing

/// The command line of the seeded fuzzer: libFuzzer's option spelling, so one script drives both.
enum SeededDriver {
    static func run(target: FuzzTarget, arguments: [String]) -> Int32 {
        var options: [String: String] = [:]
        var paths: [String] = []
        for argument in arguments {
            if argument.hasPrefix("-"), let equals = argument.firstIndex(of: "=") {
                options[String(argument[argument.index(after: argument.startIndex)..<equals])] = String(argument[argument.index(after: equals)...])
            } else {
                paths.append(argument)
            }
        }
        let files = paths.filter { !isDirectory($0) }
        if !files.isEmpty && files.count == paths.count {
            return reproduce(target: target, files: files)
        }
        let corpus = paths.flatMap(filesIn).compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        let seed = options["seed"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        let runs = options["runs"].flatMap(Int.init) ?? Int.max
        let seconds = options["max_total_time"].flatMap(Double.init) ?? 60
        let artifact = (options["artifact_prefix"] ?? "./") + "crash-\(target.name)-seed-\(seed)"
        print("reader-fuzz \(target.name): seeded mode, seed \(seed) (repeat with -seed=\(seed)), \(corpus.count) corpus files")
        CrashArtifact.install(path: artifact)

        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int(seconds * 1000))
        let fuzzer = SeededFuzzer(target: target, corpus: corpus, seed: seed)
        let (executions, finding) = fuzzer.run(
            shouldStop: { $0 >= runs || ($0 % 64 == 0 && ContinuousClock.now >= deadline) },
            beforeEach: CrashArtifact.keep)
        let elapsed = ContinuousClock.now - start
        let perSecond = Double(executions) / max(0.001, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        print("reader-fuzz \(target.name): \(executions) executions in \(elapsed), \(Int(perSecond)) exec/s")
        guard let finding else { return 0 }
        _ = FileManager.default.createFile(atPath: artifact, contents: Data(finding.input))
        print("invariant broken at input \(finding.iteration) of seed \(seed); input written to \(artifact):")
        finding.violations.forEach { print("  " + $0) }
        return 1
    }

    /// Runs each file once, as libFuzzer does when given files.
    static func reproduce(target: FuzzTarget, files: [String]) -> Int32 {
        var failed = false
        for file in files {
            let bytes = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
            let violations = target.run(bytes)
            print("\(file): \(violations.isEmpty ? "ok" : "invariant broken")")
            violations.forEach { print("  " + $0) }
            failed = failed || !violations.isEmpty
        }
        return failed ? 1 : 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func filesIn(_ directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().map { directory + "/" + $0 }
    }
}

/// Writes the input being run to a file if the process dies on a trap or a signal, so a crash in
/// seeded mode leaves a reproducer just as libFuzzer's does. Only async-signal-safe calls in the handler.
enum CrashArtifact {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    nonisolated(unsafe) private static var length = 0

    static func install(path: String) {
        self.path = strdup(path)
        for signal in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if let path = CrashArtifact.path {
                    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    if descriptor >= 0 {
                        _ = write(descriptor, CrashArtifact.buffer.baseAddress, CrashArtifact.length)
                        close(descriptor)
                    }
                }
                Foundation.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigaction(signal, &action, nil)
        }
    }

    static func keep(_ input: [UInt8]) {
        length = min(input.count, buffer.count)
        guard length > 0 else { return }
        input.withUnsafeBufferPointer { source in
            _ = memcpy(buffer.baseAddress!, source.baseAddress!, length)
        }
    }
}
#endif

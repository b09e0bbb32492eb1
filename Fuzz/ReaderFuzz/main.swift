// reader-fuzz TARGET [OPTIONS] [CORPUS_DIR | FILE ...]: see Scripts/fuzz.sh.
//
// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DREADER_LIBFUZZER` this is a libFuzzer binary
// and every option after TARGET is libFuzzer's. Built without, it is a seeded random fuzzer that
// takes the same -seed=, -runs=, -max_total_time= and -artifact_prefix= options.
import Foundation
import ReaderFuzzing

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let target = FuzzTarget.named(name) else {
    let names = FuzzTarget.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
    FileHandle.standardError.write(Data("usage: reader-fuzz TARGET [OPTIONS] [CORPUS_DIR | FILE ...]\ntargets:\n\(names)\n".utf8))
    exit(arguments.first == "list" ? 0 : 64)
}

#if READER_LIBFUZZER
nonisolated(unsafe) var selected = target
exit(LibFuzzerDriver.run(arguments: [CommandLine.arguments[0]] + arguments.dropFirst()) { bytes in
    let violations = selected.run(bytes)
    guard violations.isEmpty else {
        FileHandle.standardError.write(Data(("invariant broken in \(selected.name):\n" + violations.joined(separator: "\n") + "\n").utf8))
        abort()
    }
})
#else
exit(SeededDriver.run(target: target, arguments: Array(arguments.dropFirst())))
#endif

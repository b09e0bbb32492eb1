#if READER_LIBFUZZER
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's entry point. `LLVMFuzzerRunDriver` is given it directly; it is also exported because
/// the runtime's own `main` (linked in, though never run) refers to it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    LibFuzzerDriver.body(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

/// Hands control to libFuzzer's own driver. SwiftPM links executables with `main` renamed to the
/// module's entry point, so libFuzzer's `main` never runs; `LLVMFuzzerRunDriver` is its documented
/// replacement for programs that keep their own `main`.
enum LibFuzzerDriver {
    nonisolated(unsafe) fileprivate static var body: ([UInt8]) -> Void = { _ in }

    static func run(arguments: [String], _ body: @escaping ([UInt8]) -> Void) -> Int32 {
        Self.body = body
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var argc = CInt(arguments.count)
        return argv.withUnsafeMutableBufferPointer { buffer in
            var base = buffer.baseAddress!
            return LLVMFuzzerRunDriver(&argc, &base, fuzzOneInput)
        }
    }
}
#endif

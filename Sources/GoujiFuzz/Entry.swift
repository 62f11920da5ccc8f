import Foundation

/// Which target a run exercises: `GOUJI_FUZZ_TARGET` (`reader`, `reread`, `framer`, `messages`).
let selectedTarget: FuzzTarget = {
  let name = ProcessInfo.processInfo.environment["GOUJI_FUZZ_TARGET"] ?? "reader"
  guard let target = FuzzTarget(rawValue: name) else { fatalError("unknown GOUJI_FUZZ_TARGET '\(name)'") }
  return target
}()

#if FUZZING
/// libFuzzer's entry point, referenced by its `main` (linked in with `-sanitize=fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  selectedTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

/// libFuzzer's driver (from `-sanitize=fuzzer`). SwiftPM gives an executable target its own `main`, so the
/// program starts here and hands over to libFuzzer, rather than using libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@main enum FuzzDriver {
  static func main() {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    _ = selectedTarget
    exit(
      runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
  }
}
#else
/// Without libFuzzer: runs the selected target on each file named (a crasher, a corpus), for reproducing.
@main enum FuzzReplay {
  static func main() throws {
    for path in CommandLine.arguments.dropFirst() {
      selectedTarget.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
      print("\(selectedTarget.rawValue): \(path) ok")
    }
  }
}
#endif

// libFuzzer harness over vnalign's option parser (`ArgumentFuzzing.parse` in the vnalign module):
// each input is split at NUL bytes into arguments, parsed and validated as the tool does it, and
// the help or error message rendered; nothing is run. Built by `FUZZ_TARGET=arguments bash
// Tests/Fuzz/run.sh`; crashers are replayed by Tests/vnalignTests.
@testable import vnalign

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    ArgumentFuzzing.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

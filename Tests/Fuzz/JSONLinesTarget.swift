// libFuzzer harness over the JSON Lines reader, through `FuzzInput.runJSONLines` in VNPipeline:
// every input is read as a feed (a `{` is put in front of one that does not begin with it), line
// by line, then extracted. Built by `FUZZ_TARGET=jsonl bash Tests/Fuzz/run.sh`; crashers are
// replayed by Tests/VNPipelineTests.
import VNPipeline

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzInput.runJSONLines(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

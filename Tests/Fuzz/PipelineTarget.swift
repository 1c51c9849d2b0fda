// libFuzzer harness over vnalign's whole pipeline, through `FuzzInput.run` in VNPipeline: the
// same entry point the `Fuzz crashers` tests (Tests/VNPipelineTests) replay crashers with.
//
// Built and run by `Tests/Fuzz/run.sh` (see README.md there). Each input is a file's bytes; a first
// byte 0x00-0x07 picks the `--from` encoding (auto, utf8, cp1258, vni, tcvn3, viqr, viscii, cp1252)
// and is dropped, any other first byte means auto. The bytes are read as the corpus reader reads a
// file (JSON Lines or front matter and a body), decoded, normalised in both tone styles, cleaned of
// page debris, their language detected and forced, extracted, reduced to evidence and aligned. The
// pipeline must never crash; problems with the input are fine.
import VNPipeline

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

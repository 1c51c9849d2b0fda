/// The option parser on arbitrary arguments, for the option-parser fuzz target
/// (`Tests/Fuzz/ArgumentsTarget.swift`) and the tests that replay its crashers.
///
/// The input's bytes are split at NUL bytes into arguments (each decoded as UTF-8, lossily, as
/// the shell could never pass a NUL); the arguments are parsed and validated as `vnalign` does
/// it, the help of the command they name is rendered, and nothing is run. A parse error is fine:
/// the parser must only never crash.
///
/// ```swift
/// ArgumentFuzzing.parse(Array("align\0--threshold\0-5\0x.txt".utf8))
/// ```
enum ArgumentFuzzing {
    static func parse(_ input: [UInt8]) {
        let arguments = input.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        do {
            let command = try VNAlign.parseAsRoot(arguments)
            _ = VNAlign.helpMessage(for: type(of: command))
        } catch {
            _ = VNAlign.fullMessage(for: error)
            _ = VNAlign.exitCode(for: error)
        }
    }
}

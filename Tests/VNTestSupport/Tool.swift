import Foundation

/// The built `vnalign`, run as a user runs it: arguments, standard input, where standard output
/// goes, the folder it runs in.
public enum Tool {
    /// The checkout (the package's folder).
    public static let root = Checkout.root

    /// The built tool, next to the test bundle.
    public static var binary: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<4 {
            url = url.deletingLastPathComponent()
            let candidate = url.appendingPathComponent("vnalign")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/vnalign")
    }

    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// A started run; `finish()` waits for it.
    public final class Started: @unchecked Sendable {
        public let process = Process()
        private let out = Pipe(), err = Pipe()
        private var outData = Data(), errData = Data()
        private let readers = DispatchGroup()
        private let capturesOutput: Bool

        init(_ executable: URL, _ arguments: [String], stdin: Data?, stdout: FileHandle?, folder: URL, environment: [String: String]) throws {
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            capturesOutput = stdout == nil
            process.standardOutput = stdout ?? out
            process.standardError = err
            let input = Pipe()
            process.standardInput = stdin == nil ? FileHandle.nullDevice : input
            try process.run()
            // Both pipes are read while the process runs, so that a full pipe cannot block it.
            if capturesOutput {
                readers.enter()
                Thread { [self] in outData = out.fileHandleForReading.readDataToEndOfFile(); readers.leave() }.start()
            }
            readers.enter()
            Thread { [self] in errData = err.fileHandleForReading.readDataToEndOfFile(); readers.leave() }.start()
            if let stdin {
                input.fileHandleForWriting.write(stdin)
                try input.fileHandleForWriting.close()
            }
        }

        public func finish() -> Run {
            process.waitUntilExit()
            readers.wait()
            return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// Starts `vnalign arguments` without waiting for it.
    public static func start(_ arguments: [String], stdin: Data? = nil, stdout: FileHandle? = nil, in folder: URL? = nil) throws -> Started {
        try Started(binary, arguments, stdin: stdin, stdout: stdout, folder: folder ?? root, environment: [:])
    }

    /// Runs `vnalign arguments` and waits for it.
    public static func run(_ arguments: [String], stdin: Data? = nil, stdout: FileHandle? = nil, in folder: URL? = nil) throws -> Run {
        try start(arguments, stdin: stdin, stdout: stdout, in: folder).finish()
    }

    /// Runs a shell script with `$VNALIGN` naming the tool: for arguments that are not UTF-8
    /// (`"$(printf 'a\377.txt')"`), which `Process` cannot pass, and for namespaces.
    public static func shell(_ script: String, in folder: URL? = nil) throws -> Run {
        try Started(URL(fileURLWithPath: "/bin/sh"), ["-c", script], stdin: nil, stdout: nil, folder: folder ?? root,
                    environment: ["VNALIGN": binary.path]).finish()
    }

    /// A fresh temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Foundation
import VNCorpus

/// Where a command's output goes: standard output (no `--output`, or `--output -`), or a file
/// written atomically (`AtomicFile`).
///
/// Nothing but a regular file is ever replaced: `--output` naming a folder, a device, a pipe or
/// a socket, a broken link, an input (by name, by a link or a hard link) or a file inside an
/// input folder is refused before any work, with nothing touched. A link to a regular file
/// that is no input is written through: the file it points to is replaced, the link stays.
///
/// ```swift
/// let target = try OutputTarget(path: output, inputs: corpus.allPaths.map(\.0))   // checks first
/// ...
/// try target.write(text)
/// ```
struct OutputTarget {
    /// The `--output` value as given, for messages; nil for standard output.
    let path: String?
    /// The file to replace or create (a link's destination), when writing to a file.
    let file: RawPath?
    /// The permissions of the file replaced, kept by the new one.
    let permissions: UInt32?
    /// The paths the command reads.
    let inputs: [String]

    /// Checks `path` against `inputs` (the paths the command reads); throws the reason it cannot
    /// be written.
    init(path: String?, inputs: [String]) throws {
        self.inputs = inputs
        guard let path, path != "-" else {
            self.path = nil
            file = nil
            permissions = nil
            return
        }
        self.path = path
        let raw = RawArguments.path(path)
        func refuse(_ reason: String) -> InputError {
            InputError(description: "\(raw): \(reason); nothing was written")
        }
        guard !raw.bytes.isEmpty else { throw InputError(description: "--output: the file name is empty") }
        guard raw.bytes.last != 0x2F else { throw refuse("ends in /, so it names a folder; --output takes the name of a file") }
        var target = raw
        var existing: FileStatus?
        do {
            let status = try FileStatus(of: raw, followingLinks: false)
            if status.kind == .symbolicLink {
                let destination = raw.linkDestination.map(\.description) ?? "?"
                guard let followed = try? FileStatus(of: raw, followingLinks: true), let resolved = raw.resolved else {
                    throw refuse("is a broken symbolic link (to \(destination)); refusing to write through it")
                }
                guard followed.kind == .regularFile else {
                    throw refuse("is a symbolic link to a \(followed.kind.rawValue) (\(destination)), not to a regular file; refusing to replace it")
                }
                target = resolved
                existing = followed
            } else {
                existing = status
            }
        } catch let error as SystemError where error.code == ENOENT {
            // A new file: its folder must exist.
            let folder = raw.parent
            do {
                guard try FileStatus(of: folder, followingLinks: true).kind == .folder else {
                    throw InputError(description: "\(raw): cannot be written: \(folder) is not a folder")
                }
            } catch let error as SystemError {
                throw InputError(description: "\(raw): cannot be written: \(AtomicFile.words(for: error, folder: folder))")
            }
        } catch let error as SystemError {
            throw InputError(description: "\(raw): cannot be written: \(AtomicFile.words(for: error, folder: raw.parent))")
        }
        if let existing {
            switch existing.kind {
            case .regularFile: break
            case .folder:
                throw refuse("is a folder; --output takes the name of a file (for example \(raw.appending(Array("report.txt".utf8))))")
            case .characterDevice, .blockDevice, .pipe, .socket, .unknown, .symbolicLink:
                throw refuse("is a \(existing.kind.rawValue), not a regular file; refusing to replace it (to write to it, redirect standard output: > \(raw))")
            }
        }
        // The folder must take a new file (the temporary one): found now, before any work.
        let folder = target.parent
        if folder.withCString({ access($0, W_OK | X_OK) }) != 0 {
            throw InputError(description: "\(raw): cannot be written: \(AtomicFile.words(for: .last, folder: folder))")
        }
        try Self.checkInputs(inputs, target: target, existing: existing, shown: raw)
        file = target
        permissions = existing?.permissions
    }

    /// Refuses a target that is an input, or lies inside an input folder.
    static func checkInputs(_ inputs: [String], target: RawPath, existing: FileStatus?, shown: RawPath) throws {
        let folder = target.parent.resolved ?? target.parent
        let resolvedTarget = folder.appending(target.lastComponent)
        for input in inputs where input != "-" {
            let path = RawArguments.path(input)
            guard let status = try? FileStatus(of: path, followingLinks: true) else { continue }
            if let existing, existing.isSameFile(as: status) {
                throw InputError(description: "\(shown): refusing to write over an input (it is \(path)); nothing was written")
            }
            if status.kind == .folder, let real = path.resolved,
               resolvedTarget.bytes.starts(with: real.bytes + (real.bytes.last == 0x2F ? [] : [0x2F])) {
                throw InputError(description: "\(shown): refusing to write over an input: it is inside the input folder \(path), which a later run would read; nothing was written")
            }
        }
    }

    /// Writes `text` whole: to the file (atomically), or to standard output (checked). The
    /// target is checked again first: it may have changed during the run.
    func write(_ text: String) throws {
        guard let path else {
            try StandardOutput.write(text)
            return
        }
        let now = try OutputTarget(path: path, inputs: inputs)
        guard let file = now.file else { return try StandardOutput.write(text) }
        do {
            try AtomicFile.write(Array(text.utf8), to: file, permissions: now.permissions)
        } catch {
            throw InputError(description: "\(RawArguments.path(path)): cannot be written: \(error.reason)")
        }
    }

}

import Foundation

/// Where a command's output goes: standard output, or a file written atomically (a temporary
/// file in the same folder, then a rename), never over one of the inputs.
struct OutputTarget {
    let path: String?

    func write(_ text: String, inputs: [String]) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let url = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            var isFolder: ObjCBool = false
            let inputIsFolder = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
            if url.path == target.path || (inputIsFolder && target.path.hasPrefix(url.path + "/")) {
                throw InputError(description: "\(path): refusing to write over an input")
            }
        }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(description: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }
}

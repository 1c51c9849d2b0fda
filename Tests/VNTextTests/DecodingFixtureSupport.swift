import Foundation
import Testing
@testable import VNText

/// Paths to `Fixtures/bad-input/`, found from this file's place in the checkout.
enum BadInput {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad-input")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
    }

    /// The UTF-8 original the encoding fixtures were made from, NFC, with its id retagged.
    static func source(id: String) throws -> String {
        let text = String(decoding: try bytes("encodings/source.txt"), as: UTF8.self)
        return text.replacingOccurrences(of: "id: vi-bad-source", with: "id: vi-bad-\(id)")
    }
}

// Finds the .wq fixture folders beside the tests and renders parse results as golden text.
import Foundation
import WeftQuery

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The stems of the `.wq` files in `Examples/` or `Errors/`, sorted, so adding a case is
    /// adding a file.
    static func files(in subfolder: String) -> [String] {
        let url = folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".wq") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func bytes(_ subfolder: String, _ stem: String) -> [UInt8] {
        let url = folder.appendingPathComponent(subfolder).appendingPathComponent(stem + ".wq")
        return (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    /// Every diagnostic in both renderer styles: full with the file name, batch without it.
    static func renderedErrors(_ result: ParseResult, origin: String) -> String {
        var text = "== full ==\n"
        text += DiagnosticRenderer.render(result.diagnostics, source: result.source, origin: origin)
        text += "== batch, interactive (no origin) ==\n"
        text += DiagnosticRenderer.render(result.diagnostics, source: result.source, origin: nil, style: .batch)
        text += "== headers ==\n"
        text += result.diagnostics.map { DiagnosticRenderer.header($0, origin: origin) + "\n" }.joined()
        return text
    }
}

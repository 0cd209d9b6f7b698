// Graphviz and raptor as the tests use them: the real programs, found on PATH, fed through stdin.
import Foundation
import Testing

public enum Tools {
    /// The program `name` on PATH, or nil.
    public static func find(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Renders `dot` with the real Graphviz (`dot -Tsvg`) and returns the SVG; records an issue
    /// and returns nil when Graphviz is missing or refuses the input. `make deps` installs it.
    public static func svg(_ dot: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard let program = find("dot") else {
            Issue.record("Graphviz `dot` is not on PATH (make deps installs graphviz)", sourceLocation: sourceLocation)
            return nil
        }
        guard let result = try? Run.command(program, ["-Tsvg"], stdin: dot) else { return nil }
        if result.status != 0 || result.stderr.contains("rror") {
            Issue.record("dot -Tsvg failed (\(result.status)): \(result.stderr)", sourceLocation: sourceLocation)
            return nil
        }
        return result.stdout
    }

    /// Parses N-Triples with raptor (`rapper -i ntriples -c`) and returns the triple count it
    /// reports; records an issue on any parse error. `make deps` installs raptor2-utils.
    public static func rapperCount(_ ntriples: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        guard let program = find("rapper") else {
            Issue.record("`rapper` is not on PATH (make deps installs raptor2-utils)", sourceLocation: sourceLocation)
            return nil
        }
        guard let result = try? Run.command(program, ["-i", "ntriples", "-c", "-", "https://weft.example/"], stdin: ntriples) else { return nil }
        if result.status != 0 || result.stderr.contains("rror") || result.stderr.contains("arning") {
            Issue.record("rapper failed (\(result.status)): \(result.stderr)", sourceLocation: sourceLocation)
            return nil
        }
        // "rapper: Parsing returned 12 triples"
        let words = result.stderr.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let index = words.firstIndex(of: "returned"), index + 1 < words.count else { return nil }
        return Int(words[index + 1])
    }

    /// The texts of an SVG's elements named `tag` (`text`, `title`), XML entities decoded.
    public static func svgTexts(_ svg: String, tag: String) -> [String] {
        var out: [String] = []
        var rest = svg[...]
        while let open = rest.range(of: "<\(tag)") {
            guard let start = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest[start...].range(of: "</\(tag)>") else { break }
            out.append(decodeXML(String(rest[rest.index(after: start)..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        return out
    }

    /// The values of `xlink:title` attributes (Graphviz's tooltips), XML entities decoded.
    public static func svgTooltips(_ svg: String) -> [String] {
        svg.components(separatedBy: "xlink:title=\"").dropFirst().compactMap { part in
            part.firstIndex(of: "\"").map { decodeXML(String(part[..<$0])) }
        }
    }

    /// XML character references and the five named entities, decoded in one pass.
    public static func decodeXML(_ text: String) -> String {
        let named: [Substring: String] = ["lt": "<", "gt": ">", "quot": "\"", "apos": "'", "amp": "&"]
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let body = rest[rest.index(after: amp)..<semi]
            if let character = named[body] {
                out += character
            } else if body.hasPrefix("#"), let value = body.hasPrefix("#x") ? UInt32(body.dropFirst(2), radix: 16) : UInt32(body.dropFirst()),
                      let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[amp...semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}

// Tab completion by context: meta-commands and their arguments, entity names inside a node's
// name string, kinds after `(x:`, relation types after `[r:`, properties after `var.`, keywords.
import Foundation
import WeftModel
import WeftQuery
import WeftText

public struct Completer {
    public let graph: GraphSource
    /// Where relative file names are looked up (tests pass a folder).
    public var folder: String

    public init(graph: GraphSource, folder: String = FileManager.default.currentDirectoryPath) {
        self.graph = graph
        self.folder = folder
    }

    static let nodeProperties = ["name", "aliases", "id", "kind"]
    static let edgeProperties = ["claim", "article", "sentence", "evidence", "cameo", "modality", "negated",
                                 "speaker", "date", "rule"]

    /// `before` is the text of the line before the cursor.
    public func complete(_ before: String) -> Completion {
        let trimmed = before.drop(while: { $0 == " " })
        if trimmed.hasPrefix(".") { return meta(String(trimmed)) }
        if let open = openString(before) { return entityNames(before, quote: open) }
        let word = String(before.reversed().prefix(while: Self.isWordCharacter).reversed())
        let head = before.dropLast(word.count)
        switch head.last {
        case ":", "|":
            guard let bracket = head.last(where: { "()[]".contains($0) }) else { break }
            if bracket == "(" { return matches(word, graph.schema.kinds.map(\.name)) }
            if bracket == "[" { return matches(word, graph.schema.relationTypes.map(\.name)) }
        case ".":
            let variable = String(head.dropLast().reversed().prefix(while: Self.isWordCharacter).reversed())
            guard !variable.isEmpty else { break }
            return matches(word, properties(of: variable, in: String(head)))
        default: break
        }
        guard !word.isEmpty else { return .none }
        let lower = word == word.lowercased()
        return matches(word, Keyword.allCases.map { lower ? $0.rawValue.lowercased() : $0.rawValue.uppercased() })
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private func matches(_ word: String, _ names: [String]) -> Completion {
        let key = Fold.key(word)
        let found = names.filter { Fold.key($0).hasPrefix(key) }
        return Completion(replacing: word.count, candidates: Array(Set(found)).sorted())
    }

    /// Node variables get names and node properties — of the kinds the variable was given, when
    /// the text says (`(c:Country` gives iso and asean, not an Article's url); edge variables
    /// (`[r`) edge properties.
    private func properties(of variable: String, in text: String) -> [String] {
        if text.range(of: "[" + variable, options: .caseInsensitive) != nil {
            return Self.edgeProperties + graph.edgePropertyKeys.sorted()
        }
        guard let kinds = Self.declaredKinds(of: variable, in: text, schema: graph.schema) else {
            return Self.nodeProperties + graph.nodePropertyKeys.sorted()
        }
        let keys = kinds.members.reduce(into: Set<String>()) { $0.formUnion(graph.nodePropertyKeys(ofKind: $1)) }
        return Self.nodeProperties + keys.sorted()
    }

    /// The kinds written after `(variable:` — `Country`, `Country|Organization`, a group such as
    /// `Actor` — or nil when the text gives the variable no label.
    static func declaredKinds(of variable: String, in text: String, schema: Schema) -> KindSet? {
        let label = #"[A-Za-z_][A-Za-z_0-9]*"#
        let pattern = #"\(\s*"# + NSRegularExpression.escapedPattern(for: variable) + #"\s*:\s*("# + label
            + #"(?:\s*\|\s*:?\s*"# + label + ")*)"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        var kinds = KindSet()
        for name in text[range].split(whereSeparator: { $0 == "|" || $0 == ":" || $0 == " " }) {
            guard let set = schema.kindSet(named: String(name)) else { return nil }
            kinds.formUnion(set)
        }
        return kinds.isEmpty ? nil : kinds
    }

    /// The offset just after an unclosed `"` before the cursor, if the cursor is inside a string.
    private func openString(_ text: String) -> String.Index? {
        var open: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\"" { open = open == nil ? text.index(after: index) : nil }
            index = text.index(after: index)
        }
        return open
    }

    /// Names whose fold (or an alias's fold) starts with the typed text; `(c:Country "` limits the kind.
    private func entityNames(_ text: String, quote: String.Index) -> Completion {
        let typed = String(text[quote...])
        let key = Fold.key(typed)
        guard !key.isEmpty else { return Completion(replacing: typed.count, candidates: []) }
        var kind: KindID?
        let head = text[..<text.index(before: quote)].reversed().drop(while: { $0 == " " })
        let label = String(head.prefix(while: Self.isWordCharacter).reversed())
        if head.dropFirst(label.count).first == ":" { kind = graph.schema.kind(named: label) }
        var names = Set<String>()
        for node in graph.nodes(withFoldPrefix: key) where kind == nil || graph.kind(of: node) == kind {
            names.insert(graph.name(of: node))
            if names.count >= 200 { break }
        }
        // "pham minh" should find "Phạm Minh Chính" even when an alias, not the name, matched.
        return Completion(replacing: typed.count, candidates: names.sorted { VietnameseCollation.compare($0, $1) == .orderedAscending })
    }

    private func meta(_ text: String) -> Completion {
        guard let space = text.firstIndex(of: " ") else {
            let found = MetaCommands.all.map { "." + $0.name }.filter { $0.hasPrefix(text.lowercased()) }
            return Completion(replacing: text.count, candidates: found)
        }
        guard let command = MetaCommands.named(String(text[text.index(after: text.startIndex)..<space])) else { return .none }
        let word = String(text.reversed().prefix(while: { $0 != " " }).reversed())
        switch command.completes {
        case .nothing: return .none
        case .words(let words): return Completion(replacing: word.count, candidates: words.filter { $0.hasPrefix(word) })
        case .files: return files(word)
        }
    }

    private func files(_ typed: String) -> Completion {
        let directoryPart = typed.contains("/") ? String(typed[...(typed.lastIndex(of: "/") ?? typed.startIndex)]) : ""
        let namePart = String(typed.dropFirst(directoryPart.count))
        var directory = directoryPart.isEmpty ? folder : directoryPart
        if directory.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { directory = home + directory.dropFirst(1) }
        if !directory.hasPrefix("/") { directory = folder + "/" + directory }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let found = entries.filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            return directoryPart + name + (isDirectory.boolValue ? "/" : "")
        }
        return Completion(replacing: typed.count, candidates: found)
    }
}

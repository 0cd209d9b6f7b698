// Finding the node a user names on the command line (`--around NAME`), with useful failures.
import WeftModel
import WeftText

/// A name matched by fold against every node's name and aliases (SPEC §1), optionally prefixed by
/// a kind (`Location:Biển Đông`) to choose among namesakes; an external id works too.
public enum NodeLookup {
    public enum Failure: Error, Equatable {
        /// Nothing has this name; `suggestions` are names that start like it or are close to it.
        case missing(String, suggestions: [String])
        /// Several nodes have this name; `candidates` says how to name each one.
        case ambiguous(String, candidates: [String])

        /// The message, one or more lines.
        public var message: String {
            switch self {
            case .missing(let name, let suggestions):
                let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
                return "no node is named '\(name)'\(hint)"
            case .ambiguous(let name, let candidates):
                return "'\(name)' names \(candidates.count) nodes; say which: "
                    + candidates.map { "--around '\($0)'" }.joined(separator: " or ")
            }
        }
    }

    /// How many suggestions a failure offers.
    static let suggestionLimit = 5

    public static func resolve(_ text: String, in source: any GraphSource) -> Result<NodeID, Failure> {
        var name = text
        var kind: KindID?
        if let colon = text.firstIndex(of: ":"), let named = source.schema.kind(named: String(text[..<colon])) {
            kind = named
            name = String(text[text.index(after: colon)...])
        }
        let found = Array(Set(source.nodes(withFold: Fold.key(name)))).sorted()
            .filter { kind == nil || source.kind(of: $0) == kind }
        if found.count == 1 { return .success(found[0]) }
        if found.count > 1 {
            return .failure(.ambiguous(text, candidates: found.map { "\(source.schema.kind(source.kind(of: $0)).name):\(source.name(of: $0))" }))
        }
        if kind == nil, let byID = source.node(externalID: text) { return .success(byID) }
        return .failure(.missing(text, suggestions: suggestions(for: name, in: source)))
    }

    /// Names starting with the folded text, else names within edit distance 2 of it (4+ letters,
    /// as the query language's "did you mean"), each once, in id order.
    static func suggestions(for name: String, in source: any GraphSource) -> [String] {
        let key = Fold.key(name)
        var names: [String] = []
        func offer(_ node: NodeID) {
            let candidate = source.name(of: node)
            if names.count < suggestionLimit && !names.contains(candidate) { names.append(candidate) }
        }
        if !key.isEmpty { source.nodes(withFoldPrefix: key).forEach(offer) }
        guard names.isEmpty, key.count >= 4 else { return names }
        for raw in 0..<UInt32(source.nodeCount) where names.count < suggestionLimit {
            let node = NodeID(raw)
            let keys = ([source.name(of: node)] + source.aliases(of: node)).map(Fold.key)
            if keys.contains(where: { EditDistance.distance(key, $0, limit: 2) != nil }) { offer(node) }
        }
        return names
    }
}

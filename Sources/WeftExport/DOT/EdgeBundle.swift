// One drawn edge: the parallel claims between one pair with one type and polarity, and its label.
import WeftModel

/// Parallel claims are kept apart in the graph (SPEC §1) but drawn as one edge with a count, so a
/// picture of a much-discussed pair stays readable. Affirmative and negated claims never share an
/// edge: one is solid, the other dashed.
struct EdgeBundle {
    /// DOT node ids in the order the edge statement names them.
    var tail: String
    var head: String
    var type: RelationTypeID
    var negated: Bool
    /// Drawn without an arrowhead: the type is symmetric (AGREES, PHONES, …).
    var undirected: Bool
    /// Drawn from head to tail although written tail → head: a path walked the claim backwards and
    /// must still read left to right.
    var reversed = false
    /// Part of a path: drawn bold, and the only edges that decide the left-to-right order.
    var onPath = false
    /// Whether other edges should leave the ranks to the paths.
    var yieldsRanks = false
    private(set) var count = 0
    /// Claims per modality code (0 = none).
    private var modalities = [Int](repeating: 0, count: 9)
    private(set) var citations: [String] = []
    /// What to say in the tooltip when no claim has a citation ("Phạm Minh Chính PRAISES Nhật Bản").
    var summary: String

    /// How many citations a tooltip lists before "… and N more".
    static let citationLimit = 5

    init(tail: String, head: String, type: RelationTypeID, negated: Bool, undirected: Bool, summary: String) {
        self.tail = tail
        self.head = head
        self.type = type
        self.negated = negated
        self.undirected = undirected
        self.summary = summary
    }

    /// Whether the next claim's citation will be shown; callers skip fetching it otherwise.
    var wantsCitation: Bool { citations.count < EdgeBundle.citationLimit }

    mutating func add(modality: Modality?, citation: String?) {
        count += 1
        modalities[Int(modality?.rawValue ?? 0)] += 1
        if let citation, wantsCitation { citations.append(citation) }
    }

    /// `PROPOSES ×4` over a line of modalities; `NOT` before negated types. A bundle that is all
    /// asserted (or has no modality) gets no modality line: that is the plain reading of an edge.
    func label(_ schema: Schema) -> String {
        var out = (negated ? "NOT " : "") + schema.relationType(type).name
        if count > 1 { out += " ×\(count)" }
        let present = Modality.allCases.filter { modalities[Int($0.rawValue)] > 0 }
        if present.contains(where: { $0 != .asserted }) {
            let parts = present.map { m in modalities[Int(m.rawValue)] == 1 || present.count == 1 ? m.name : "\(m.name) \(modalities[Int(m.rawValue)])" }
            out += "\n(" + parts.joined(separator: ", ") + ")"
        }
        return out
    }

    var tooltip: String {
        guard !citations.isEmpty else { return summary }
        var lines = citations
        if count > citations.count {
            let more = count - citations.count
            lines.append("… and \(more) more claim\(more == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }

    /// Appends the edge statement, one line, to `bytes`.
    func write(_ schema: Schema, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: Array("  ".utf8))
        DOTText.append(tail, .id, to: &bytes)
        bytes.append(contentsOf: Array(" -> ".utf8))
        DOTText.append(head, .id, to: &bytes)
        bytes.append(contentsOf: Array(" [label=".utf8))
        DOTText.append(label(schema), .label, to: &bytes)
        bytes.append(contentsOf: Array(", tooltip=".utf8))
        DOTText.append(tooltip, .tooltip, to: &bytes)
        var attributes: [String] = []
        if negated { attributes.append("style=dashed") }
        // An article names everything in it: its MENTIONS are context, drawn faint so the acts stand out.
        if schema.relationType(type).name == "MENTIONS" { attributes.append("color=\"#c8c8c8\", fontcolor=\"#999999\"") }
        if undirected { attributes.append("dir=none") } else if reversed { attributes.append("dir=back") }
        // Width grows with the evidence behind an edge, slowly so one heavy pair does not dominate.
        let width = onPath ? 2.5 : 1.0 + Double(count.bitWidth - count.leadingZeroBitCount - 1) * 0.5
        if width != 1.0 { attributes.append("penwidth=\(width)") }
        if yieldsRanks && !onPath { attributes.append("constraint=false") }
        for attribute in attributes { bytes.append(contentsOf: Array(", \(attribute)".utf8)) }
        bytes.append(contentsOf: Array("];\n".utf8))
    }
}

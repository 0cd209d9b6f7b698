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
    private var modalities = InlineArray<9, Int>(repeating: 0)
    /// Claims with a modality other than none or asserted: only then is there a modality line.
    private var marked = 0
    private(set) var citations: [Citation] = []
    /// What to say in the tooltip when no claim has a citation ("Phạm Minh Chính PRAISES Nhật Bản").
    /// A whole-graph export fills it only for the bundles that need it.
    var summary: String

    /// How many citations a tooltip lists before "… and N more".
    static let citationLimit = 5

    init(tail: String, head: String, type: RelationTypeID, negated: Bool, undirected: Bool, summary: String = "") {
        self.tail = tail
        self.head = head
        self.type = type
        self.negated = negated
        self.undirected = undirected
        self.summary = summary
    }

    /// Whether the next claim's citation will be shown; callers skip fetching it otherwise.
    var wantsCitation: Bool { citations.count < EdgeBundle.citationLimit }

    mutating func add(modality: Modality?, citation: Citation?) {
        count += 1
        let code = Int(modality?.rawValue ?? 0)
        modalities[code] += 1
        if code > Int(Modality.asserted.rawValue) { marked += 1 }
        if let citation, !citation.isEmpty, wantsCitation { citations.append(citation) }
    }

    /// `PROPOSES ×4` over a line of modalities; `NOT` before negated types. A bundle that is all
    /// asserted (or has no modality) gets no modality line: that is the plain reading of an edge.
    func label(_ schema: Schema) -> String {
        var out = (negated ? "NOT " : "") + schema.relationType(type).name
        if count > 1 { out += " ×\(count)" }
        if marked > 0 {
            let counts = modalities
            let present = Modality.allCases.filter { counts[Int($0.rawValue)] > 0 }
            let parts = present.map { m in counts[Int(m.rawValue)] == 1 || present.count == 1 ? m.name : "\(m.name) \(counts[Int(m.rawValue)])" }
            out += "\n(" + parts.joined(separator: ", ") + ")"
        }
        return out
    }

    /// The tooltip, escaped and unquoted, written piece by piece: the citations one per line (the
    /// same bytes as escaping the joined text), or the summary when no claim has one.
    private func appendTooltip(to bytes: inout [UInt8]) {
        guard !citations.isEmpty else { return DOTText.appendEscaped(summary, .tooltip, to: &bytes) }
        let lineBreak: [UInt8] = [92, UInt8(ascii: "n")]
        for (index, citation) in citations.enumerated() {
            if index > 0 { bytes.append(contentsOf: lineBreak) }
            citation.appendEscaped(.tooltip, to: &bytes)
        }
        if count > citations.count {
            let more = count - citations.count
            bytes.append(contentsOf: lineBreak)
            bytes.append(contentsOf: "… and \(more) more claim\(more == 1 ? "" : "s")".utf8)
        }
    }

    /// Appends the edge statement, one line, to `bytes`.
    func write(_ schema: Schema, to bytes: inout [UInt8]) {
        let typeName = schema.relationTypes[Int(type.raw)].name
        bytes.append(literal: "  ")
        DOTText.append(tail, .id, to: &bytes)
        bytes.append(literal: " -> ")
        DOTText.append(head, .id, to: &bytes)
        bytes.append(literal: " [label=")
        if count == 1, marked == 0 {
            // The common case in a large graph: the type's name alone, plain ASCII.
            bytes.append(UInt8(ascii: "\""))
            if negated { bytes.append(literal: "NOT ") }
            bytes.append(contentsOf: typeName.utf8)
            bytes.append(UInt8(ascii: "\""))
        } else {
            DOTText.append(label(schema), .label, to: &bytes)
        }
        bytes.append(literal: ", tooltip=\"")
        appendTooltip(to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        if negated { bytes.append(literal: ", style=dashed") }
        // An article names everything in it: its MENTIONS are context, drawn faint so the acts stand out.
        if typeName == "MENTIONS" { bytes.append(literal: ", color=\"#c8c8c8\", fontcolor=\"#999999\"") }
        if undirected { bytes.append(literal: ", dir=none") } else if reversed { bytes.append(literal: ", dir=back") }
        // Width grows with the evidence behind an edge, slowly so one heavy pair does not dominate.
        let width = onPath ? 2.5 : 1.0 + Double(count.bitWidth - count.leadingZeroBitCount - 1) * 0.5
        if width != 1.0 { bytes.append(contentsOf: ", penwidth=\(width)".utf8) }
        if yieldsRanks && !onPath { bytes.append(literal: ", constraint=false") }
        bytes.append(literal: "];\n")
    }
}

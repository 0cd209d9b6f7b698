// Writes the statements of one DOT digraph into a byte buffer the caller drains as it fills.
import WeftModel

/// The one place DOT text is produced: graph attributes, node and edge statements, the legend.
/// Scenes (query results) and whole-graph exports both write through it, so they look alike.
/// The buffer is drained by the caller (`take()`), so output of any size streams.
public struct DOTWriter {
    public let schema: Schema
    public private(set) var bytes: [UInt8] = []
    /// The kinds of the nodes written so far, for the legend.
    private(set) var kindsPresent = KindSet()
    /// `shape=…, style=…` per kind id, made once.
    private var kindAttributes: [Int: [UInt8]] = [:]

    public init(schema: Schema) {
        self.schema = schema
    }

    /// The bytes written since the last call.
    public mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `digraph`, the character set, and defaults. Left to right always: paths then read in
    /// order, and a fan of topics stacks into a column of readable labels instead of a row
    /// thousands of pixels wide (measured on the seed graph: 4827 × 927 px top-down).
    mutating func begin(note: String? = nil) {
        write("digraph \"weft\" {\n")
        if let note { write("  // \(DOTWriter.oneLine(note))\n") }
        write("  charset=\"UTF-8\";\n")
        write("  rankdir=LR;\n")
        // DejaVu Sans has every Vietnamese letter with its tone marks and comes with fontconfig on
        // Debian, so pictures look the same on every machine that renders them.
        write("  graph [fontname=\"DejaVu Sans\", fontsize=11, overlap=false, outputorder=edgesfirst];\n")
        write("  node [fontname=\"DejaVu Sans\", fontsize=11, margin=\"0.12,0.04\"];\n")
        write("  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n")
    }

    /// A node statement; `id` is the node's id in this file (the graph's external id).
    mutating func node(id: String, kind: KindID, name: String, aliases: [String]) {
        let info = schema.kind(kind)
        kindsPresent.insert(kind)
        var tooltip = "\(info.name): \(name)"
        if !aliases.isEmpty { tooltip += "\nalso: " + aliases.joined(separator: "; ") }
        tooltip += "\nid: \(id)"
        write("  ")
        DOTText.append(id, .id, to: &bytes)
        write(" [label=")
        DOTText.append(DOTWriter.wrap(name), .label, to: &bytes)
        write(", tooltip=")
        DOTText.append(tooltip, .tooltip, to: &bytes)
        bytes.append(contentsOf: ", ".utf8)
        if kindAttributes[Int(kind.raw)] == nil { kindAttributes[Int(kind.raw)] = Array(KindStyle.attributes(info).utf8) }
        bytes.append(contentsOf: kindAttributes[Int(kind.raw)] ?? [])
        bytes.append(contentsOf: "];\n".utf8)
    }

    /// Kinds drawn by other writers (the batches of a whole-graph export), for the legend.
    mutating func include(_ kinds: KindSet) {
        kindsPresent = kindsPresent.union(kinds)
    }

    mutating func edge(_ bundle: EdgeBundle) {
        bundle.write(schema, to: &bytes)
    }

    /// A cluster listing the kinds present, one sample node each, in schema order, and a key to
    /// the edge styles. `isTaken` says whether a node id is already used by the graph, so a
    /// legend node can never merge with a real node of the same name.
    mutating func legend(isTaken: (String) -> Bool) {
        guard !kindsPresent.isEmpty else { return }
        func freeID(_ base: String) -> String {
            var id = base
            while isTaken(id) { id += "'" }
            return id
        }
        write("  subgraph \"cluster_legend\" {\n")
        write("    label=\"Kinds\"; style=rounded; color=\"#999999\"; fontsize=10;\n")
        var previous: String?
        for kind in kindsPresent.members {
            let info = schema.kind(kind)
            let id = freeID("legend:\(info.name)")
            write("    \(DOTText.id(id)) [label=\(DOTText.label(info.name)), tooltip=\(DOTText.tooltip(info.description)), \(KindStyle.attributes(info))];\n")
            // Invisible edges keep the legend a tidy column instead of a row across the picture.
            if let previous { write("    \(DOTText.id(previous)) -> \(DOTText.id(id)) [style=invis];\n") }
            previous = id
        }
        let key = freeID("legend:edges")
        let text = "edge label: TYPE ×claims\n(modality, when not asserted)\ndashed: negated · no arrow: symmetric\nhover an edge for its sources"
        write("    \(DOTText.id(key)) [label=\(DOTText.label(text)), shape=plain, fontsize=9];\n")
        if let previous { write("    \(DOTText.id(previous)) -> \(DOTText.id(key)) [style=invis];\n") }
        write("  }\n")
    }

    /// A comment's text on one line, with nothing that could end the comment.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// Breaks a long name at spaces into lines of about `width` characters, so long topic names
    /// make tall nodes rather than very wide ones. Lengths are counted in scalars (one per letter in
    /// NFC Vietnamese), on the UTF-8 bytes: splitting a String by Characters was a sixth of a
    /// whole-graph export.
    static func wrap(_ text: String, width: Int = 28) -> String {
        // Cheap test first: fewer UTF-8 bytes than `width` means fewer characters too.
        guard text.utf8.count > width else { return text }
        var copy = text
        return copy.withUTF8 { utf8 -> String in
            guard utf8.reduce(0, { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }) > width else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 8)
            var lineLength = 0, lineBytes = 0
            var start = 0
            while start <= utf8.count {
                var end = start, length = 0
                while end < utf8.count, utf8[end] != 0x20 {
                    if utf8[end] & 0xC0 != 0x80 { length += 1 }
                    end += 1
                }
                if lineBytes > 0 && lineLength + 1 + length > width {
                    out.append(0x0A)
                    lineLength = length
                    lineBytes = end - start
                } else {
                    if lineBytes > 0 {
                        out.append(0x20)
                        lineLength += 1
                        lineBytes += 1
                    }
                    lineLength += length
                    lineBytes += end - start
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<end]))
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    mutating func end() {
        write("}\n")
    }
}

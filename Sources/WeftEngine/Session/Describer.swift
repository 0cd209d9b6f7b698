// DESCRIBE: a node's card, then per relation type and direction the claim count, the top
// neighbours and the latest citations; DEPTH 2 adds the same for each neighbour in one line.
import WeftModel
import WeftQuery

struct Describer {
    let session: Session
    let source: SourceText
    var graph: GraphSource { session.graph }

    /// The card and summary table, and the node's claims (up to 500) for EXPORT DOT's star.
    func describe(_ describe: Describe, parameters: [String: RValue]) throws -> (ResultTable, [EdgeID]) {
        let compiler = Compiler(graph: graph, definitions: session.definitions, source: source)
        var plan = try compiler.pattern([Path(start: describe.node)], shortest: false, optional: false, range: describe.range)
        Planner.plan(&plan, graph: graph, optimize: true)
        let executor = Executor(graph: graph, parameters: parameters, cancel: session.cancellation, deadline: nil, maxRows: nil)
        let matches = try executor.match(plan, [Row(repeating: .null, count: compiler.slotCount)])
        let nodes = matches.compactMap { row -> NodeID? in if case .node(let n) = row[plan.nodes[0].slot] { n } else { nil } }
        guard let node = nodes.first else {
            throw Catalogue.runtimeError("no node matches \(source.slice(describe.node.range))", range: describe.node.range)
        }
        var card = card(node)
        if nodes.count > 1 { card += "\n(\(nodes.count) nodes match; this is the first: narrow the name or add a kind)" }
        let own = try summary(node, executor: executor)
        var rows = own
        if describe.depth == 2 {
            var seen: Set<NodeID> = [node]
            for row in own {
                guard case .list(let neighbours) = row[3] else { continue }
                for case .node(let n) in neighbours where seen.insert(n).inserted {
                    for inner in try summary(n, executor: executor) { rows.append([.node(n)] + inner.dropFirst()) }
                }
            }
        }
        var table = ResultTable(columns: ["node", "direction", "type", "neighbours", "claims", "latest"], rows: [])
        table.rows = rows
        table.preamble = card
        let star = Array((Array(graph.edges(of: node, direction: .outgoing, type: nil))
                          + Array(graph.edges(of: node, direction: .incoming, type: nil))).prefix(500))
        return (table, star)
    }

    private func card(_ node: NodeID) -> String {
        var lines = ["\(graph.name(of: node))  (\(graph.schema.kind(graph.kind(of: node)).name), id \(graph.externalID(of: node)))"]
        let aliases = graph.aliases(of: node)
        if !aliases.isEmpty { lines.append("aliases: " + aliases.joined(separator: "; ")) }
        for (key, value) in graph.properties(of: node) {
            lines.append("\(key): \(ValueText.plain(RValue(value), graph: graph))")
        }
        return lines.joined(separator: "\n")
    }

    /// One row per (direction, type): [node, direction, type, top neighbours, claims, latest citation].
    private func summary(_ node: NodeID, executor: Executor) throws -> [[RValue]] {
        var rows: [[RValue]] = []
        for (direction, label) in [(Direction.outgoing, "out"), (.incoming, "in")] {
            var byType: [RelationTypeID: [EdgeID]] = [:]
            for edge in graph.edges(of: node, direction: direction, type: nil) { byType[graph.type(of: edge), default: []].append(edge) }
            for (type, edges) in byType.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                var counts: [NodeID: Int] = [:]
                for edge in edges { counts[direction == .outgoing ? graph.object(of: edge) : graph.subject(of: edge), default: 0] += 1 }
                let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { RValue.node($0.key) }
                let latest = edges.max { (graph.date(of: $0) ?? Day(daysSinceEpoch: .min), $0) < (graph.date(of: $1) ?? Day(daysSinceEpoch: .min), $1) }
                let cited = latest.flatMap { graph.article(of: $0) == nil ? nil : $0 }
                let citation = try cited.map { RValue.string(try executor.cite($0)) } ?? .null
                rows.append([.node(node), .string(label), .string(graph.schema.relationType(type).name), .list(Array(top)),
                             .int(Int64(edges.count)), citation])
            }
        }
        return rows
    }
}

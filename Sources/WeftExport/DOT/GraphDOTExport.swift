// A whole graph, or the part of it a NodeSelection names, streamed as DOT from a GraphSource.
import Foundation
import WeftModel

/// Draws the selected nodes and every claim between two of them, in id order, handing the text
/// out in blocks so that memory stays bounded by the graph's indexes, not by the output.
/// Edge bundles need no table: a node's outgoing claims of one type are contiguous, so the claims
/// of one (subject, type) are grouped by object and polarity on the spot.
/// The selection is cut into batches of nodes, written by several threads at once (each reading
/// evidence and titles through its own connection) and put out in order: the same bytes for any
/// number of workers.
public struct GraphDOTExport {
    public let source: any GraphSource
    public let selection: NodeSelection
    /// A comment for the top of the file.
    public var note: String?
    /// Threads writing batches; fewer when the source cannot give each its own reader.
    public var workers = min(ProcessInfo.processInfo.activeProcessorCount, 4)
    /// Nodes per batch: about a megabyte of DOT on the generated graphs.
    var batchSize = 512

    public init(source: any GraphSource, selection: NodeSelection, note: String? = nil) {
        self.source = source
        self.selection = selection
        self.note = note
    }

    /// Writes the digraph, calling `flush` with each block of text (a batch of nodes, about a
    /// megabyte) and at the end. Returns how many edges (bundles) were drawn: what decides the
    /// layout engine.
    @discardableResult
    public func write(flush: ([UInt8]) throws -> Void) throws -> Int {
        var head = DOTWriter(schema: source.schema)
        head.begin(note: note)
        try flush(head.take())
        var team = [DOTExportWorker(source: source)]
        while team.count < workers, let reader = source.concurrentReader() { team.append(DOTExportWorker(source: reader)) }
        let nodes = selection.nodes, selection = selection, size = batchSize
        let nodeBatches = (nodes.count + size - 1) / size
        var edges = 0
        var kinds = KindSet()
        try OrderedBatches.run(
            count: 2 * nodeBatches, workers: team, window: 32 * team.count,
            session: { worker, body in try worker.source.readingSnapshot(body) },
            work: { worker, batch in
                // All node statements first, then all edges, each in node id order.
                let first = (batch % nodeBatches) * size
                let range = first..<min(first + size, nodes.count)
                return batch < nodeBatches ? worker.nodeStatements(nodes[range]) : worker.edgeStatements(nodes[range], selection)
            },
            consume: { block in
                edges += block.edges
                kinds = kinds.union(block.kinds)
                try flush(block.bytes)
            })
        var tail = DOTWriter(schema: source.schema)
        tail.include(kinds)
        tail.legend(isTaken: { source.node(externalID: $0) != nil })
        tail.end()
        try flush(tail.take())
        return edges
    }

    /// The text of one batch, with what the caller tallies.
    struct Block {
        var bytes: [UInt8]
        var edges = 0
        var kinds = KindSet()
    }
}

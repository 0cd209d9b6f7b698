// Imports a graph JSON Lines file into a graph file, checking every line; all or nothing.
import Foundation
import WeftModel

/// A problem in an input file, at a line: printed `FILE:LINE: error: message`.
public struct InputError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): error: \(message)" }
}

/// The import was cancelled (Ctrl-C); nothing was written.
public struct Interrupted: Error, Sendable {
    public init() {}
}

public struct ImportSummary: Equatable, Sendable {
    public var lines = 0
    public var nodes = 0
    public var claims = 0
}

public struct ImportProgress: Sendable {
    public let lines: Int
    public let bytesRead: Int
    public let totalBytes: Int?
}

public enum JSONLImporter {
    /// Reads `reader` into `writer` (inside the caller's transaction). Nodes must come before the
    /// claims that use them, as apoc.export.json writes them. Throws InputError at the first bad
    /// line. Lines are parsed on a second thread while this one writes, so the two overlap.
    public static func run(
        _ reader: LineReader, name: String, into writer: GraphWriter,
        progress: ((ImportProgress) -> Void)? = nil, isCancelled: () -> Bool = { false }
    ) throws -> ImportSummary {
        let schema = writer.file.schema
        // A reader thread cuts the input into blocks of lines, two parser threads turn blocks
        // into records, and this thread writes them in input order.
        let blocks = BoundedQueue<LineBlock>(capacity: 8)
        let parsed = BoundedQueue<ParsedBatch>(capacity: 8)
        defer {
            blocks.close()
            parsed.close()
        }
        let readerThread = Thread { [reader = UncheckedBox(reader)] in cut(reader.value, name: name, into: blocks) }
        readerThread.start()
        for _ in 0..<2 {
            let parser = Thread { parse(blocks, name: name, schema: schema, into: parsed) }
            parser.stackSize = 1 << 22
            parser.start()
        }
        var early: [Int: ParsedBatch] = [:]
        var next = 0
        func nextBatch() throws -> ParsedBatch {
            while early[next] == nil {
                guard let batch = parsed.pop() else { throw Interrupted() }
                early[batch.sequence] = batch
            }
            defer { next += 1 }
            return early.removeValue(forKey: next) ?? ParsedBatch(sequence: next)
        }

        var summary = ImportSummary()
        let articleKind = schema.kind(named: "Article")
        while true {
            let batch = try nextBatch()
            if isCancelled() { throw Interrupted() }
            for (lineNumber, parsed) in batch.lines {
                summary.lines += 1
                func fail(_ message: String) -> InputError { InputError(file: name, line: lineNumber, message: message) }
                switch parsed {
                case .node(let node):
                    if let existing = writer.nodes[node.id], existing.kind != node.kind {
                        throw fail("node \(node.id) is already a \(schema.kind(existing.kind).name); this line makes it a \(schema.kind(node.kind).name)")
                    }
                    try writer.put(node)
                    summary.nodes += 1
                case .relationship(let claim):
                    guard let subject = writer.nodes[claim.subject] else {
                        throw fail("relationship \(claim.id): start node \(claim.subject) does not exist (nodes must come before the relationships that use them)")
                    }
                    guard let object = writer.nodes[claim.object] else {
                        throw fail("relationship \(claim.id): end node \(claim.object) does not exist (nodes must come before the relationships that use them)")
                    }
                    let type = schema.relationType(claim.type)
                    guard type.accepts(subject: subject.kind, object: object.kind) else {
                        throw fail("relationship \(claim.id): \(type.name) cannot go from a \(schema.kind(subject.kind).name) to a \(schema.kind(object.kind).name); it takes \(schema.describe(type.subjectKinds)) → \(schema.describe(type.objectKinds))")
                    }
                    var article: Int64?
                    if let ref = claim.article {
                        guard let node = writer.nodes[ref] else { throw fail("relationship \(claim.id): article \(ref) is not a node") }
                        guard node.kind == articleKind else {
                            throw fail("relationship \(claim.id): article \(ref) is a \(schema.kind(node.kind).name), not an Article")
                        }
                        article = node.id
                    }
                    try writer.put(claim, subject: subject.id, object: object.id, article: article)
                    summary.claims += 1
                }
            }
            progress?(ImportProgress(lines: summary.lines, bytesRead: batch.bytesRead, totalBytes: reader.totalBytes))
            if let error = batch.error { throw error }
            if batch.isLast { return summary }
        }
    }

    /// The reading thread: lines → blocks of about a megabyte, numbered in order. A read
    /// failure or the end of input is the last block.
    private static func cut(_ reader: LineReader, name: String, into blocks: BoundedQueue<LineBlock>) {
        var block = LineBlock(sequence: 0)
        while true {
            var ended = false
            do {
                let more = try reader.nextLine { bytes -> Bool in
                    block.lineNumbers.append(reader.lineNumber)
                    block.bytes.append(contentsOf: bytes)
                    block.ends.append(block.bytes.count)
                    return true
                }
                ended = more == nil
            } catch {
                block.error = InputError(file: name, line: reader.lineNumber + 1, message: "cannot read: \(error.localizedDescription)")
                ended = true
            }
            if ended { block.isLast = true }
            if block.bytes.count >= 1 << 20 || ended {
                block.bytesRead = reader.bytesRead
                if !blocks.push(block) || ended { return }
                block = LineBlock(sequence: block.sequence + 1)
            }
        }
    }

    /// A parsing thread: blocks → records, a bad line ending its block with the error.
    private static func parse(_ blocks: BoundedQueue<LineBlock>, name: String, schema: Schema, into parsed: BoundedQueue<ParsedBatch>) {
        while let block = blocks.pop() {
            var batch = ParsedBatch(sequence: block.sequence)
            batch.isLast = block.isLast
            batch.bytesRead = block.bytesRead
            block.bytes.withUnsafeBufferPointer { all in
                var start = 0
                for (index, end) in block.ends.enumerated() {
                    defer { start = end }
                    let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    let line = block.lineNumbers[index]
                    do {
                        batch.lines.append((line, try GraphJSON.line(try JSONParser.parse(bytes), schema: schema)))
                    } catch let error as JSONSyntaxError {
                        batch.error = InputError(file: name, line: line, message: "column \(error.column): \(error.message)")
                        return
                    } catch let error as GraphJSONError {
                        batch.error = InputError(file: name, line: line, message: error.message)
                        return
                    } catch {
                        batch.error = InputError(file: name, line: line, message: "\(error)")
                        return
                    }
                }
            }
            if batch.error == nil { batch.error = block.error }
            if !parsed.push(batch) { return }
        }
    }
}

/// Raw lines handed from the reading thread to a parsing thread.
struct LineBlock: Sendable {
    let sequence: Int
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var lineNumbers: [Int] = []
    var error: InputError?
    var isLast = false
    var bytesRead = 0

    init(sequence: Int) {
        self.sequence = sequence
        bytes.reserveCapacity(1 << 20 + 4096)
    }
}

/// Parsed lines handed from a parsing thread to the writing one.
struct ParsedBatch: Sendable {
    let sequence: Int
    var lines: [(line: Int, parsed: GraphLine)] = []
    var error: InputError?
    var isLast = false
    var bytesRead = 0
}

/// Hands a non-Sendable object to the one thread that will use it from then on.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

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
        let queue = BoundedQueue<ParsedBatch>(capacity: 8)
        let parser = Thread { [reader = UncheckedBox(reader)] in
            parse(reader.value, name: name, schema: schema, into: queue)
        }
        parser.stackSize = 1 << 22
        parser.start()
        defer { queue.close() }

        var summary = ImportSummary()
        let articleKind = schema.kind(named: "Article")
        while true {
            let batch = queue.pop()
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

    /// The parsing thread: lines → records in batches, stopping at the first bad line.
    private static func parse(_ reader: LineReader, name: String, schema: Schema, into queue: BoundedQueue<ParsedBatch>) {
        var batch = ParsedBatch()
        while true {
            do {
                let more = try reader.nextLine { bytes -> Bool in
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
                    do {
                        batch.lines.append((reader.lineNumber, try GraphJSON.line(try JSONParser.parse(bytes), schema: schema)))
                    } catch let error as JSONSyntaxError {
                        throw InputError(file: name, line: reader.lineNumber, message: "column \(error.column): \(error.message)")
                    } catch let error as GraphJSONError {
                        throw InputError(file: name, line: reader.lineNumber, message: error.message)
                    }
                    return true
                }
                if more == nil { batch.isLast = true }
            } catch let error as InputError {
                batch.error = error
            } catch {
                batch.error = InputError(file: name, line: reader.lineNumber + 1, message: "cannot read: \(error.localizedDescription)")
            }
            if batch.lines.count >= 2048 || batch.isLast || batch.error != nil {
                batch.bytesRead = reader.bytesRead
                let done = batch.isLast || batch.error != nil
                if !queue.push(batch) || done { return }
                batch = ParsedBatch()
            }
        }
    }
}

/// Parsed lines handed from the parsing thread to the writing one.
struct ParsedBatch: Sendable {
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

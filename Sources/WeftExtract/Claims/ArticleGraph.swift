// Stage 7's product: one article as graph records — the Article node, its nodes, its claims.
import WeftModel

public struct ArticleGraph: Sendable {
    public let article: NodeRecord
    /// Actors, places and topics, in first-mention order (topics after actors).
    public let nodes: [NodeRecord]
    /// Act edges (several per claim when an act has several objects and topics), then MENTIONS edges.
    public let claims: [ClaimRecord]
}

/// An article as read from a file: its id, header fields and body.
public struct ArticleText: Sendable {
    public let id: String
    public let header: [(key: String, value: String)]
    public let body: String

    /// Parses the optional header (`key: value` lines ended by a blank line, SPEC §2). `stem` is the
    /// file name without extension, the id unless the header gives `id:`. A body whose first line has
    /// no final punctuation and is followed by more lines starts with a headline: it becomes the title.
    public init(stem: String, text: String) {
        let normal = Normaliser.normalise(text)
        var lines = normal.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var header: [(key: String, value: String)] = []
        if let blank = lines.firstIndex(where: \.isBlank), blank > 0,
           lines[..<blank].allSatisfy({ Self.headerField($0) != nil })
        {
            header = lines[..<blank].compactMap(Self.headerField)
            lines.removeSubrange(...blank)
        }
        let body = lines.filter { !$0.isBlank }
        if !header.contains(where: { $0.key == "title" }), body.count > 1, let first = body.first,
           let last = first.trimmingWhitespace().last, !".!?…:\"".contains(last)
        {
            header.append(("title", first.trimmingWhitespace()))
        }
        self.id = header.first { $0.key == "id" }?.value ?? stem
        self.header = header.filter { $0.key != "id" }
        self.body = body.joined(separator: "\n")
    }

    static let fields: Set<String> = ["id", "title", "date", "url", "outlet", "source", "author", "publisher"]

    static func headerField(_ line: String) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon]).trimmingWhitespace().lowercased()
        guard fields.contains(key) else { return nil }
        return (key, String(line[line.index(after: colon)...]).trimmingWhitespace())
    }
}

// Re-ingesting an article: read a node's property (its content hash), remove the claims read from it.
import WeftModel

extension GraphWriter {
    /// The property `key` of the node with external id `id`, when both exist.
    public func property(_ key: String, ofNode id: String) throws -> Value? {
        let select = try file.database.prepare("SELECT props FROM node WHERE ext = ?")
        select.bind(1, id)
        guard try select.step(), let props = select.optionalString(0) else { return nil }
        return PropertyJSON.decode(props).first { $0.key == key }?.value
    }

    /// Deletes every claim whose `article` is the node `id` (its acts and its MENTIONS edges), and
    /// rebuilds the packed chunks those rows lived in, so chunks and edge table stay in step.
    /// Returns the number of claims removed.
    @discardableResult
    public func removeClaims(ofArticle id: String) throws -> Int {
        guard let article = nodes[id]?.id else { return 0 }
        let rows = try file.database.prepare("SELECT id FROM edge WHERE article = ?")
        rows.bind(1, article)
        var rowids: [Int64] = []
        while try rows.step() { rowids.append(rows.int(0)) }
        guard !rowids.isEmpty else { return 0 }
        let delete = try file.database.prepare("DELETE FROM edge WHERE article = ?")
        delete.bind(1, article)
        _ = try delete.step()
        try forgetRows(rowids)
        return rowids.count
    }
}

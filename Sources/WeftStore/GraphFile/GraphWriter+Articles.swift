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

    /// The stored node with external id `id`: name, aliases and properties.
    public func node(externalID id: String) throws -> NodeRecord? {
        guard let known = nodes[id] else { return nil }
        let select = try file.database.prepare("SELECT name, props FROM node WHERE id = ?")
        select.bind(1, known.id)
        guard try select.step() else { return nil }
        var record = NodeRecord(id: id, kind: known.kind, name: select.string(0))
        if let props = select.optionalString(1) { record.properties = PropertyJSON.decode(props) }
        let aliases = try file.database.prepare("SELECT alias FROM alias WHERE node = ? ORDER BY ord")
        aliases.bind(1, known.id)
        while try aliases.step() { record.aliases.append(aliases.string(0)) }
        return record
    }

    /// Adds to a stored node the aliases `node` brings that it lacks (a leader named differently by
    /// a later article); name and properties stay as first written. True when something was added.
    @discardableResult
    public func mergeAliases(of node: NodeRecord) throws -> Bool {
        guard var stored = try self.node(externalID: node.id) else { return false }
        let known = Set([stored.name] + stored.aliases)
        let new = node.aliases.filter { !known.contains($0) } + (known.contains(node.name) ? [] : [node.name])
        guard !new.isEmpty else { return false }
        var seen = Set<String>()
        stored.aliases = (stored.aliases + new).filter { seen.insert($0).inserted }
        try put(stored)
        return true
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

// Reading whole records back out of a graph file, in stored order (export, `.why`, details).
import WeftModel

extension GraphFile {
    public var nodeCount: Int { Int(((try? database.scalarInt("SELECT count(*) FROM node")) ?? nil) ?? 0) }
    public var claimCount: Int { Int(((try? database.scalarInt("SELECT count(*) FROM edge")) ?? nil) ?? 0) }

    /// Every node in stored order, with aliases and properties.
    public func forEachNode(_ body: (NodeRecord) throws -> Void) throws {
        let nodes = try database.prepare("SELECT id, kind, ext, name, props FROM node ORDER BY id")
        let aliases = try database.prepare("SELECT node, alias FROM alias ORDER BY node, ord")
        var aliasPending = try aliases.step()
        while try nodes.step() {
            let id = nodes.int(0)
            guard let kind = kindByStoredID[nodes.int(1)] else { continue }
            var record = NodeRecord(id: nodes.string(2), kind: kind, name: nodes.string(3))
            if let props = nodes.optionalString(4) { record.properties = PropertyJSON.decode(props) }
            while aliasPending && aliases.int(0) <= id {
                if aliases.int(0) == id { record.aliases.append(aliases.string(1)) }
                aliasPending = try aliases.step()
            }
            try body(record)
        }
    }

    /// External node ids by stored id, for writing claims without a join per row.
    func externalNodeIDs() throws -> [Int64: String] {
        var ids: [Int64: String] = [:]
        let nodes = try database.prepare("SELECT id, ext FROM node")
        while try nodes.step() { ids[nodes.int(0)] = nodes.string(1) }
        return ids
    }

    static let claimColumns = """
        id, type, subj, obj, negated, modality, article, sentence, date, cameo, ext, claim, speaker, evidence, rule, props
        """

    /// Every claim in stored order.
    public func forEachClaim(_ body: (ClaimRecord) throws -> Void) throws {
        let ext = try externalNodeIDs()
        let claims = try database.prepare("SELECT \(GraphFile.claimColumns) FROM edge ORDER BY id")
        while try claims.step() {
            guard let record = claimRecord(claims, nodeIDs: { ext[$0] }) else { continue }
            try body(record)
        }
    }

    /// The claim with stored id `rowid`.
    public func claim(rowid: Int64) throws -> ClaimRecord? {
        let statement = try database.prepare("SELECT \(GraphFile.claimColumns) FROM edge WHERE id = ?")
        statement.bind(1, rowid)
        guard try statement.step() else { return nil }
        let lookup = try database.prepare("SELECT ext FROM node WHERE id = ?")
        return claimRecord(statement) { id in
            lookup.reset()
            lookup.bind(1, id)
            return (try? lookup.step()) == true ? lookup.string(0) : nil
        }
    }

    /// The claim with external id `id`.
    public func claim(externalID id: String) throws -> ClaimRecord? {
        let statement = try database.prepare("SELECT id FROM edge WHERE ext = ?")
        statement.bind(1, id)
        guard try statement.step() else { return nil }
        return try claim(rowid: statement.int(0))
    }

    private func claimRecord(_ row: SQLiteStatement, nodeIDs: (Int64) -> String?) -> ClaimRecord? {
        guard let type = typeByStoredID[row.int(1)], let subject = nodeIDs(row.int(2)), let object = nodeIDs(row.int(3)) else {
            return nil
        }
        var record = ClaimRecord(id: row.string(10), type: type, subject: subject, object: object)
        record.negated = row.int(4) != 0
        record.modality = Modality(rawValue: UInt8(truncatingIfNeeded: row.int(5)))
        record.article = row.optionalInt(6).flatMap(nodeIDs)
        record.sentence = row.optionalInt(7).map { Int($0) }
        record.date = row.optionalInt(8).map { Day(daysSinceEpoch: Int32(truncatingIfNeeded: $0)) }
        record.cameo = row.optionalString(9)
        record.claim = row.optionalString(11)
        record.speaker = row.optionalString(12)
        record.evidence = row.optionalString(13)
        record.rule = row.optionalString(14)
        if let props = row.optionalString(15) { record.properties = PropertyJSON.decode(props) }
        return record
    }
}

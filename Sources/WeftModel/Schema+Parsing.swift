// Reading the schema's TSV files (graphs/schema/kinds.tsv, relations.tsv); docs/schema.md explains them.

public struct SchemaError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): error: \(message)" }
}

extension Schema {
    /// The schema built into this weft (a copy of graphs/schema/*.tsv, kept in step by a test).
    public static let bundled: Schema = {
        do {
            return try Schema(kindsTSV: BundledSchema.kinds, relationsTSV: BundledSchema.relations)
        } catch {
            fatalError("the bundled schema does not parse: \(error)")
        }
    }()

    /// Parses the two schema files. Every row is checked: unique names, known kinds and groups in
    /// signatures, a class of `act` or `structural`, `yes`/`no` for symmetry.
    public init(kindsTSV: String, relationsTSV: String) throws(SchemaError) {
        var kinds: [KindInfo] = []
        for (line, cells) in try Schema.rows(kindsTSV, file: "kinds.tsv", columns: 3) {
            guard kinds.count < 64 else { throw SchemaError(file: "kinds.tsv", line: line, message: "more than 64 kinds") }
            let name = cells[0]
            guard Schema.isName(name) else {
                throw SchemaError(file: "kinds.tsv", line: line, message: "kind `\(name)` is not a name (letters, digits, _)")
            }
            guard !kinds.contains(where: { $0.name.uppercased() == name.uppercased() }) else {
                throw SchemaError(file: "kinds.tsv", line: line, message: "kind `\(name)` is declared twice")
            }
            kinds.append(KindInfo(id: KindID(UInt8(kinds.count)), name: name,
                                  group: cells[1] == "-" ? nil : cells[1], description: cells[2]))
        }
        let partial = Schema(kinds: kinds, relationTypes: [])
        var types: [RelationTypeInfo] = []
        for (line, cells) in try Schema.rows(relationsTSV, file: "relations.tsv", columns: 7) {
            func fail(_ message: String) -> SchemaError { SchemaError(file: "relations.tsv", line: line, message: message) }
            let name = cells[0]
            guard Schema.isName(name) else { throw fail("relation type `\(name)` is not a name (letters, digits, _)") }
            guard !types.contains(where: { $0.name.uppercased() == name.uppercased() }) else {
                throw fail("relation type `\(name)` is declared twice")
            }
            guard types.count < 255 else { throw fail("more than 255 relation types") }
            guard let relationClass = RelationClass(rawValue: cells[1]) else {
                throw fail("class must be `act` or `structural`, not `\(cells[1])`")
            }
            let cameo = cells[2] == "-" ? [] : cells[2].split(separator: ",").map { String($0) }
            for code in cameo where code.isEmpty || !code.allSatisfy(\.isASCII) || !code.allSatisfy(\.isNumber) {
                throw fail("CAMEO code `\(code)` is not a string of digits")
            }
            guard cells[3] == "yes" || cells[3] == "no" else { throw fail("symmetric must be `yes` or `no`, not `\(cells[3])`") }
            func kindSet(_ text: String) throws(SchemaError) -> KindSet {
                var set = KindSet()
                for part in text.split(separator: "|") {
                    guard let kinds = partial.kindSet(named: String(part)) else {
                        throw fail("unknown kind `\(part)` in a signature")
                    }
                    set.formUnion(kinds)
                }
                return set
            }
            types.append(RelationTypeInfo(
                id: RelationTypeID(UInt8(types.count)), name: name, relationClass: relationClass,
                cameoPrefixes: cameo, symmetric: cells[3] == "yes",
                subjectKinds: try kindSet(cells[4]), objectKinds: try kindSet(cells[5]), description: cells[6]))
        }
        self.init(kinds: kinds, relationTypes: types)
    }

    /// The data rows of a TSV file with their 1-based line numbers; the first line is the header.
    private static func rows(_ text: String, file: String, columns: Int) throws(SchemaError) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 || line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard cells.count == columns else {
                throw SchemaError(file: file, line: index + 1, message: "expected \(columns) tab-separated columns, found \(cells.count)")
            }
            result.append((index + 1, cells))
        }
        return result
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isXIDStart else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
    }
}

// Graph JSON Lines (SPEC §2, the shape of Neo4j's apoc.export.json) ↔ NodeRecord and ClaimRecord.
import WeftModel
import WeftText

/// What is wrong with one line's content (its JSON was well-formed).
public struct GraphJSONError: Error, Equatable, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}

/// A line of a graph JSON Lines file.
public enum GraphLine: Sendable {
    case node(NodeRecord)
    case relationship(ClaimRecord)
}

public enum GraphJSON {
    // MARK: Reading

    public static func line(_ json: JSONValue, schema: Schema) throws(GraphJSONError) -> GraphLine {
        guard case .object = json else { throw GraphJSONError("expected a JSON object, found \(json.typeName)") }
        guard case .string(let type)? = json["type"] else {
            throw GraphJSONError("missing \"type\": expected \"node\" or \"relationship\"")
        }
        switch type {
        case "node": return .node(try node(json, schema: schema))
        case "relationship": return .relationship(try relationship(json, schema: schema))
        default: throw GraphJSONError("unknown \"type\": \"\(type)\" (expected \"node\" or \"relationship\")")
        }
    }

    static func id(_ json: JSONValue?, what: String) throws(GraphJSONError) -> String {
        switch json {
        case .string(let text)? where !text.isEmpty: return NFC.normalize(text)
        case .int(let number)?: return String(number)
        case nil: throw GraphJSONError("missing \(what)")
        default: throw GraphJSONError("\(what) must be a non-empty string")
        }
    }

    static func node(_ json: JSONValue, schema: Schema) throws(GraphJSONError) -> NodeRecord {
        let id = try id(json["id"], what: "node \"id\"")
        guard case .array(let labels)? = json["labels"], labels.count == 1, case .string(let label) = labels[0] else {
            throw GraphJSONError("node \(id): \"labels\" must hold exactly one kind, e.g. [\"Person\"]")
        }
        guard let kind = schema.kind(named: label) else {
            let hint = Suggest.closest(to: label, among: schema.kinds.map(\.name)).map { " (did you mean `\($0)`?)" } ?? ""
            throw GraphJSONError("node \(id): unknown kind `\(label)`\(hint)")
        }
        var name: String?
        var aliases: [String] = []
        var properties: [(key: String, value: Value)] = []
        if let props = json["properties"] {
            guard case .object(let members) = props else { throw GraphJSONError("node \(id): \"properties\" must be an object") }
            for (key, raw) in members {
                switch key {
                case "name":
                    guard case .string(let text) = raw, !text.isEmpty else {
                        throw GraphJSONError("node \(id): \"name\" must be a non-empty string")
                    }
                    name = NFC.normalize(text)
                case "aliases":
                    guard case .array(let list) = raw else { throw GraphJSONError("node \(id): \"aliases\" must be a list of strings") }
                    for element in list {
                        guard case .string(let alias) = element, !alias.isEmpty else {
                            throw GraphJSONError("node \(id): \"aliases\" must be a list of non-empty strings")
                        }
                        aliases.append(NFC.normalize(alias))
                    }
                default:
                    if raw == .null { continue }
                    do { properties.append((NFC.normalize(key), try value(raw))) } catch {
                        throw GraphJSONError("node \(id): property \"\(key)\": \(error.message)")
                    }
                }
            }
        }
        guard let name else { throw GraphJSONError("node \(id): missing \"name\" in \"properties\"") }
        properties.sort { $0.key < $1.key }
        return NodeRecord(id: id, kind: kind, name: name, aliases: aliases, properties: properties)
    }

    static func relationship(_ json: JSONValue, schema: Schema) throws(GraphJSONError) -> ClaimRecord {
        let id = try id(json["id"], what: "relationship \"id\"")
        guard case .string(let label)? = json["label"] else {
            throw GraphJSONError("relationship \(id): missing \"label\" (the relation type)")
        }
        guard let type = schema.relationType(named: label) else {
            let hint = Suggest.closest(to: label, among: schema.relationTypes.map(\.name)).map { " (did you mean `\($0)`?)" } ?? ""
            throw GraphJSONError("relationship \(id): unknown relation type `\(label)`\(hint)")
        }
        let subject = try GraphJSON.id(json["start"]?["id"], what: "relationship \(id): \"start\": {\"id\": …}")
        let object = try GraphJSON.id(json["end"]?["id"], what: "relationship \(id): \"end\": {\"id\": …}")
        var claim = ClaimRecord(id: id, type: type, subject: subject, object: object)
        guard let props = json["properties"] else { return claim }
        guard case .object(let members) = props else { throw GraphJSONError("relationship \(id): \"properties\" must be an object") }
        func fail(_ key: String, _ expected: String) -> GraphJSONError {
            GraphJSONError("relationship \(id): \"\(key)\" must be \(expected)")
        }
        for (key, raw) in members where raw != .null {
            switch key {
            case "article": claim.article = try GraphJSON.id(raw, what: "relationship \(id): \"article\"")
            case "sentence":
                guard case .int(let n) = raw, n >= 1, n <= Int64(Int32.max) else { throw fail(key, "a positive integer") }
                claim.sentence = Int(n)
            case "negated":
                guard case .bool(let b) = raw else { throw fail(key, "true or false") }
                claim.negated = b
            case "modality":
                guard case .string(let text) = raw, let modality = Modality(name: text) else {
                    throw fail(key, "one of " + Modality.allCases.map(\.name).joined(separator: ", "))
                }
                claim.modality = modality
            case "date":
                guard case .string(let text) = raw, let day = Day(iso: text) else { throw fail(key, "a date \"YYYY-MM-DD\"") }
                claim.date = day
            case "cameo":
                guard case .string(let text) = raw, !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) else {
                    throw fail(key, "a CAMEO code, a string of digits such as \"051\"")
                }
                claim.cameo = text
            case "evidence", "speaker", "claim", "rule":
                guard case .string(let text) = raw else { throw fail(key, "a string") }
                let normal = NFC.normalize(text)
                switch key {
                case "evidence": claim.evidence = normal
                case "speaker": claim.speaker = normal
                case "claim": claim.claim = normal
                default: claim.rule = normal
                }
            default:
                do { claim.properties.append((NFC.normalize(key), try value(raw))) } catch {
                    throw GraphJSONError("relationship \(id): property \"\(key)\": \(error.message)")
                }
            }
        }
        claim.properties.sort { $0.key < $1.key }
        return claim
    }

    /// A property value. Strings of the exact form YYYY-MM-DD are dates (documented in docs/storage.md).
    public static func value(_ json: JSONValue) throws(GraphJSONError) -> Value {
        switch json {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .float(d)
        case .string(let s): return Day(iso: s).map(Value.date) ?? .string(NFC.normalize(s))
        case .array(let elements):
            var values: [Value] = []
            for element in elements { values.append(try value(element)) }
            return .list(values)
        case .object: throw GraphJSONError("objects are not a property type (string, int, float, bool, date, list)")
        }
    }

    // MARK: Writing

    public static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let d): .double(d)
        case .string(let s): .string(s)
        case .date(let day): .string(day.description)
        case .list(let values): .array(values.map(json))
        }
    }

    public static func write(_ node: NodeRecord, schema: Schema, to writer: inout JSONWriter) {
        var properties: [(key: String, value: JSONValue)] = [("name", .string(node.name)), ("aliases", .array(node.aliases.map(JSONValue.string)))]
        for (key, value) in node.properties { properties.append((key, json(value))) }
        writer.value(.object([
            ("type", .string("node")), ("id", .string(node.id)),
            ("labels", .array([.string(schema.kind(node.kind).name)])), ("properties", .object(properties)),
        ]))
        writer.raw("\n")
    }

    /// Properties in a fixed order: the provenance fields, then the others sorted by key.
    public static func write(_ claim: ClaimRecord, schema: Schema, to writer: inout JSONWriter) {
        var properties: [(key: String, value: JSONValue)] = []
        if let v = claim.claim { properties.append(("claim", .string(v))) }
        if let v = claim.article { properties.append(("article", .string(v))) }
        if let v = claim.sentence { properties.append(("sentence", .int(Int64(v)))) }
        if let v = claim.modality { properties.append(("modality", .string(v.name))) }
        properties.append(("negated", .bool(claim.negated)))
        if let v = claim.evidence { properties.append(("evidence", .string(v))) }
        if let v = claim.rule { properties.append(("rule", .string(v))) }
        if let v = claim.cameo { properties.append(("cameo", .string(v))) }
        if let v = claim.speaker { properties.append(("speaker", .string(v))) }
        if let v = claim.date { properties.append(("date", .string(v.description))) }
        for (key, value) in claim.properties { properties.append((key, json(value))) }
        writer.value(.object([
            ("type", .string("relationship")), ("id", .string(claim.id)),
            ("label", .string(schema.relationType(claim.type).name)),
            ("start", .object([("id", .string(claim.subject))])), ("end", .object([("id", .string(claim.object))])),
            ("properties", .object(properties)),
        ]))
        writer.raw("\n")
    }
}

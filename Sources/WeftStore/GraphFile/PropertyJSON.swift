// Typed properties ↔ the JSON object text kept in the `props` columns.
import WeftModel

enum PropertyJSON {
    static func encode(_ properties: [(key: String, value: Value)]) -> String {
        var writer = JSONWriter(capacity: 64)
        writer.value(.object(properties.map { ($0.key, GraphJSON.json($0.value)) }))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Decodes a `props` column; stored text was written by `encode`, so it is trusted to parse.
    static func decode(_ text: String) -> [(key: String, value: Value)] {
        guard case .object(let members)? = try? JSONParser.parse(text) else { return [] }
        return members.compactMap { member in
            (try? GraphJSON.value(member.value)).map { (member.key, $0) }
        }
    }
}

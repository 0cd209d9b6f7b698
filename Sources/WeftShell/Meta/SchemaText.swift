// `.schema`: kinds, then relation types with the kinds they connect, aligned for reading.
import WeftModel
import WeftText

enum SchemaText {
    static func render(_ schema: Schema) -> String {
        var out = "kinds:\n"
        for kind in schema.kinds { out += "  " + kind.name + "\n" }
        out += "relation types:\n"
        let width = (schema.relationTypes.map { DisplayWidth.columns($0.name) }.max() ?? 0) + 2
        for type in schema.relationTypes {
            var line = "  " + DisplayWidth.padRight(type.name, to: width)
            line += "(\(kinds(type.subjectKinds, schema)))-[:\(type.name)]->(\(kinds(type.objectKinds, schema)))"
            if type.symmetric { line += "  symmetric" }
            if !type.cameoPrefixes.isEmpty { line += "  CAMEO " + type.cameoPrefixes.joined(separator: ",") }
            out += line + "\n"
        }
        return out
    }

    /// `Person|Country`, or nothing when any kind will do.
    private static func kinds(_ set: KindSet, _ schema: Schema) -> String {
        set == schema.allKinds ? "" : set.members.map { schema.kind($0).name }.joined(separator: "|")
    }
}

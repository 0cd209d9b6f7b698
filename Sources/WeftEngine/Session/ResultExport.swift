// EXPORT CSV (RFC 4180) and EXPORT JSON of a result: nodes, edges and paths as JSON objects.
import WeftModel

public enum ResultExport {
    public static func csv(_ table: ResultTable, graph: GraphSource) -> String {
        var lines = [table.columns.map(csvField).joined(separator: ",")]
        for row in table.rows { lines.append(row.map { csvField(ValueText.plain($0, graph: graph)) }.joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180: a field holding a comma, a quote or a line break is quoted, inner quotes doubled.
    /// (EXPORT CSV and the shell's csv mode.) The test is on UTF-8 bytes, cheap for long results.
    public static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A JSON array with one object per row, keys the column names in order.
    public static func json(_ table: ResultTable, graph: GraphSource) -> String {
        var out = "["
        for (r, row) in table.rows.enumerated() {
            out += r == 0 ? "\n  {" : ",\n  {"
            for (c, value) in row.enumerated() {
                out += (c == 0 ? "" : ", ") + string(table.columns[c]) + ": " + json(value, graph: graph)
            }
            out += "}"
        }
        return out + (table.rows.isEmpty ? "]\n" : "\n]\n")
    }

    /// One row as a JSON object (the shell's jsonl mode uses it too).
    public static func jsonObject(columns: [String], row: [RValue], graph: GraphSource) -> String {
        "{" + zip(columns, row).map { string($0) + ": " + json($1, graph: graph) }.joined(separator: ", ") + "}"
    }

    public static func json(_ value: RValue, graph: GraphSource) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return f.isFinite ? "\(f)" : "null"
        case .string(let s): return string(s)
        case .text(let t): return string(t.string)
        case .date(let d): return string(d.description)
        case .list(let items): return "[" + items.map { json($0, graph: graph) }.joined(separator: ", ") + "]"
        case .node(let n):
            return "{\"id\": \(string(graph.externalID(of: n))), \"kind\": \(string(graph.schema.kind(graph.kind(of: n)).name)), \"name\": \(string(graph.name(of: n)))}"
        case .edge(let e):
            let id = (try? graph.claimRecord(e).id) ?? String(e.raw)
            return "{\"id\": \(string(id)), \"type\": \(string(graph.schema.relationType(graph.type(of: e)).name)), "
                + "\"start\": \(string(graph.externalID(of: graph.subject(of: e)))), \"end\": \(string(graph.externalID(of: graph.object(of: e))))}"
        case .path(let p):
            var parts: [String] = []
            for (k, n) in p.nodes.enumerated() {
                parts.append(json(.node(n), graph: graph))
                if k < p.edges.count { parts.append(json(.edge(p.edges[k]), graph: graph)) }
            }
            return "[" + parts.joined(separator: ", ") + "]"
        }
    }

    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

import Foundation

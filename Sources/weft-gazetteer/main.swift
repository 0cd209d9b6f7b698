// Writes graphs/gazetteer.jsonl: Foundation's CLDR country names in Vietnamese plus graphs/lexicon/gazetteer.tsv.
// Run: `make gazetteer` (swift run weft-gazetteer graphs). The output is committed; the extractor reads it.
import Foundation
import WeftModel
import WeftStore
import WeftText

let graphs = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "graphs")
let schema = Schema.bundled
let vietnamese = Locale(identifier: "vi")
/// Region codes CLDR gives that are not countries.
let notCountries: Set<String> = ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "IC", "EA", "CP", "DG", "TA", "AC"]

var nodes: [NodeRecord] = []
var countryIndex: [String: Int] = [:]
for region in Locale.Region.isoRegions {
    let code = region.identifier
    guard code.count == 2, code.allSatisfy(\.isLetter), !notCountries.contains(code),
          let name = vietnamese.localizedString(forRegionCode: code), let kind = schema.kind(named: "Country") else { continue }
    countryIndex[code] = nodes.count
    nodes.append(NodeRecord(id: "country:" + code, kind: kind, name: NFC.normalize(name), properties: [("code", .string(code))]))
}

func properties(_ text: String) -> [(key: String, value: Value)] {
    text.split(separator: ";").compactMap { pair in
        let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return nil }
        let value = parts[0] == "country" ? "country:" + parts[1] : parts[1]
        return (parts[0], Day(iso: value).map(Value.date) ?? .string(value))
    }.sorted { $0.key < $1.key }
}

let table = (try? String(contentsOf: graphs.appendingPathComponent("lexicon/gazetteer.tsv"), encoding: .utf8)) ?? ""
for line in table.split(separator: "\n").dropFirst() where !line.hasPrefix("#") {
    let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard cells.count >= 2, cells[0] != "kind", let kind = schema.kind(named: cells[0]) else { continue }
    let name = NFC.normalize(cells[1])
    let aliases = cells.count > 2 ? cells[2].split(separator: "|").map { NFC.normalize(String($0)) } : []
    let props = cells.count > 3 ? properties(cells[3]) : []
    if cells[0] == "Country", case .string(let code)? = props.first(where: { $0.key == "code" })?.value, let index = countryIndex[code] {
        let cldr = nodes[index].name
        nodes[index].name = name
        var seen: Set<String> = [Fold.key(name)]
        nodes[index].aliases = ([cldr] + aliases).filter { seen.insert(Fold.key($0)).inserted }
        continue
    }
    let prefix = ["Organization": "org", "Location": "loc", "Person": "person", "Group": "group"][cells[0]] ?? "node"
    nodes.append(NodeRecord(id: prefix + ":" + Fold.key(name), kind: kind, name: name, aliases: aliases, properties: props))
}

var writer = JSONWriter()
for node in nodes { GraphJSON.write(node, schema: schema, to: &writer) }
let out = graphs.appendingPathComponent("gazetteer.jsonl")
do {
    try Data(writer.bytes).write(to: out)
    print("wrote \(nodes.count) nodes to \(out.path)")
} catch {
    FileHandle.standardError.write(Data("weft-gazetteer: cannot write \(out.path): \(error)\n".utf8))
    exit(1)
}

// Known actors and places (graphs/gazetteer.jsonl, graph JSON Lines), matched by fold, longest first.
import Foundation
import WeftText

/// One gazetteer node: a country, organisation, location or person, with its names and properties
/// (country = the id of its country node, title, from, to).
public struct GazetteerEntry: Sendable {
    public let id: String
    public let kind: String
    public let name: String
    public let aliases: [String]
    public let properties: [String: String]
}

public struct Gazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry] = []
    /// Name or alias → entry index; `capitalised` says the name starts with a capital, so that only
    /// a capitalised surface matches it ("Anh" the country, not "anh" the pronoun).
    private var names = PhraseTable<(entry: Int, capitalised: Bool)>(byFold: true)
    private var byKey: [String: Int] = [:]
    private var byID: [String: Int] = [:]

    public init() {}

    public static func load(_ url: URL) throws(LexiconError) -> Gazetteer {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw LexiconError("cannot read the gazetteer \(url.path)")
        }
        var gazetteer = Gazetteer()
        for (number, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["type"] as? String == "node", let id = object["id"] as? String,
                  let kind = (object["labels"] as? [String])?.first,
                  let props = object["properties"] as? [String: Any], let name = props["name"] as? String
            else { throw LexiconError("\(url.path):\(number + 1): not a graph JSON Lines node") }
            let aliases = props["aliases"] as? [String] ?? []
            var properties: [String: String] = [:]
            for (key, value) in props where key != "name" && key != "aliases" { properties[key] = "\(value)" }
            gazetteer.add(GazetteerEntry(id: id, kind: kind, name: Normaliser.normalise(name),
                                         aliases: aliases.map(Normaliser.normalise), properties: properties))
        }
        return gazetteer
    }

    public mutating func add(_ entry: GazetteerEntry) {
        let index = entries.count
        entries.append(entry)
        byID[entry.id] = index
        for name in [entry.name] + entry.aliases {
            names.add(name, (index, name.first?.isUppercase ?? false), merge: { old, _ in old })
            if byKey[Fold.key(name)] == nil { byKey[Fold.key(name)] = index }
        }
    }

    /// The longest gazetteer name starting at token `index`.
    func match(_ tokens: [Token], at index: Int) -> (length: Int, entry: GazetteerEntry)? {
        guard let found = names.longest(in: tokens, at: index) else { return nil }
        if found.value.capitalised && !tokens[index].isCapitalised { return nil }
        return (found.length, entries[found.value.entry])
    }

    /// The entry whose name or alias has the fold `key`.
    public func entry(key: String) -> GazetteerEntry? { byKey[key].map { entries[$0] } }
    public func entry(id: String) -> GazetteerEntry? { byID[id].map { entries[$0] } }
}

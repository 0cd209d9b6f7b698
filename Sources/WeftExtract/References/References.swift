// Stage 5: one entity per actor across name forms; collective references resolved to the article's pair.
import WeftText

public struct References: Sendable {
    public internal(set) var entities: [Entity] = []
    /// For each sentence, its mentions and the entity each names (nil for collectives).
    public internal(set) var mentions: [[(mention: Mention, entity: Int?)]] = []
    /// The two persons and the two countries the article is about, when it has them.
    public internal(set) var leaders: (Int, Int)?
    public internal(set) var countries: (Int, Int)?
    var byKey: [String: Int] = [:]

    public init(sentences: [[Mention]], lexicon: Lexicon) {
        for list in sentences {
            mentions.append(list.map { ($0, $0.kind == nil ? nil : register($0, lexicon)) })
        }
        // Bare titles, in reading order: the holder mentioned most recently before (see holder).
        var lastSeen: [Int: Int] = [:]
        var position = 0
        for (s, list) in mentions.enumerated() {
            for (m, item) in list.enumerated() {
                position += 1
                if item.entity == nil && item.mention.collective == nil {
                    mentions[s][m].entity = holder(of: item.mention, lastSeen: lastSeen)
                }
                if let entity = mentions[s][m].entity { lastSeen[entity] = position }
            }
        }
        completeCountries(lexicon)
        findPairs(lexicon)
    }

    /// The entity of a country gazetteer id, when the article names it.
    public func entity(id: String) -> Int? { byKey["id:" + id] }

    /// The country of an entity, as an entity of this article.
    public func country(of index: Int) -> Int? {
        if entities[index].kind == "Country" { return index }
        return entities[index].country.flatMap { entity(id: $0) }
    }

    /// The other country of the pair, seen from `index`'s side.
    public func counterpart(of index: Int) -> Int? {
        guard let (a, b) = countries else { return nil }
        let own = country(of: index)
        if own == a { return b }
        if own == b { return a }
        return nil
    }

    /// A collective reference as a referent: the pair of leaders or of countries.
    public func resolve(_ ref: CollectiveRef, speaker: Int?) -> Referent? {
        switch ref {
        case .leaders: return leaders.map { .pair($0.0, $0.1) }
        case .countries: return countries.map { .pair($0.0, $0.1) }
        case .counterpart: return speaker.flatMap { counterpart(of: $0) }.map(Referent.entity)
        case .side: return nil
        }
    }

    private mutating func register(_ mention: Mention, _ lexicon: Lexicon) -> Int {
        let key = Fold.key(mention.name)
        var index = mention.gazetteerID.flatMap { byKey["id:" + $0] } ?? byKey[mention.kind! + ":" + key]
        if index == nil, mention.kind == "Person" { index = samePerson(key) }
        if let index {
            entities[index].mentionCount += 1
            if entities[index].country == nil { entities[index].country = mention.country }
            if entities[index].title == nil { entities[index].title = mention.title }
            // A full name after a short one: the full name becomes the name.
            if mention.kind == "Person", key.split(separator: " ").count > Fold.key(entities[index].name).split(separator: " ").count,
               mention.gazetteerID == nil
            {
                addAlias(entities[index].name, to: index)
                entities[index].name = mention.name
            }
            for alias in mention.aliases { addAlias(alias, to: index) }
            byKey[mention.kind! + ":" + key] = index
            return index
        }
        let id = mention.gazetteerID ?? (mention.kind!.lowercased() + ":" + key)
        entities.append(Entity(id: id, kind: mention.kind!, name: mention.name, aliases: [], country: mention.country,
                               title: mention.title, mentionCount: 1))
        let new = entities.count - 1
        for alias in mention.aliases { addAlias(alias, to: new) }
        byKey[mention.kind! + ":" + key] = new
        if let gazetteerID = mention.gazetteerID { byKey["id:" + gazetteerID] = new }
        return new
    }

    private mutating func addAlias(_ alias: String, to index: Int) {
        let key = Fold.key(alias)
        guard key != Fold.key(entities[index].name), !entities[index].aliases.contains(where: { Fold.key($0) == key }) else { return }
        entities[index].aliases.append(alias)
    }

    /// A person already named whose first or last syllable is this one-word name, or whose one-word
    /// name is the first or last syllable of this one (Suga = Suga Yoshihide, ông Khoan = Vũ Khoan).
    private func samePerson(_ key: String) -> Int? {
        let words = key.split(separator: " ")
        return entities.indices.first { index in
            guard entities[index].kind == "Person" else { return false }
            let other = Fold.key(entities[index].name).split(separator: " ")
            if words.count == 1 { return other.first == words[0] || other.last == words[0] }
            if other.count == 1 { return words.first == other[0] || words.last == other[0] }
            return false
        }
    }
}

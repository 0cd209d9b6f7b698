// Stage 5, continued: nationalities, bare titles (Thủ tướng Nhật Bản), and the article's two leaders and countries.
import WeftText

extension References {
    /// The person a bare "TITLE COUNTRY" refers to: the article's holder of that title from that country.
    /// With no country (Chủ tịch đề nghị): the person whose title is or starts with it (Chủ tịch
    /// Quốc hội) mentioned last before it, else the first such person named later.
    func holder(of mention: Mention, lastSeen: [Int: Int] = [:]) -> Int? {
        guard let title = mention.title else { return nil }
        if mention.country == nil {
            let key = Fold.key(title)
            let holders = entities.indices.filter { index in
                guard entities[index].kind == "Person", let own = entities[index].title.map(Fold.key) else { return false }
                return own == key || own.hasPrefix(key + " ")
            }
            return holders.max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }
        }
        let key = Fold.key(title)
        return entities.indices.first {
            entities[$0].kind == "Person" && entities[$0].country == mention.country
                && Fold.key(entities[$0].title ?? "") == key
        } ?? entities.indices.first {
            // Else a person of that country whose title is unknown or one of the two is a longer
            // form of the other (Chủ tịch ~ Chủ tịch Hạ viện); never a President for a Speaker.
            guard entities[$0].kind == "Person", entities[$0].country == mention.country else { return false }
            guard let own = entities[$0].title.map(Fold.key) else { return true }
            return own.hasPrefix(key + " ") || key.hasPrefix(own + " ")
        }
    }

    /// A person with no country from the gazetteer or the text is Vietnamese when the name starts
    /// with a Vietnamese family name.
    mutating func completeCountries(_ lexicon: Lexicon) {
        guard let vietnam = lexicon.gazetteer.entry(key: "viet nam")?.id else { return }
        for index in entities.indices where entities[index].kind == "Person" && entities[index].country == nil {
            let words = Fold.key(entities[index].name).split(separator: " ")
            if (2...4).contains(words.count), let first = words.first, lexicon.familyNames.contains(String(first)) {
                setCountry(vietnam, of: index)
            }
        }
    }

    mutating func findPairs(_ lexicon: Lexicon) {
        func top(_ kind: String) -> [Int] {
            entities.indices.filter { entities[$0].kind == kind }
                .sorted { entities[$0].mentionCount > entities[$1].mentionCount || (entities[$0].mentionCount == entities[$1].mentionCount && $0 < $1) }
        }
        let persons = top("Person"), nations = top("Country")
        if persons.count >= 2 { leaders = (persons[0], persons[1]) }
        // The leaders' countries are the article's pair even when only the persons are named.
        if let (a, b) = leaders {
            for person in [a, b] { if let id = entities[person].country { _ = implied(id, lexicon) } }
        }
        if let (a, b) = leaders, let ca = country(of: a), let cb = country(of: b), ca != cb {
            countries = (ca, cb)
        } else if nations.count >= 2 {
            countries = (nations[0], nations[1])
        }
        // A leader with no known country gets the pair's other country.
        if let (a, b) = leaders, let (ca, cb) = countries {
            for (person, other) in [(a, b), (b, a)] where entities[person].country == nil {
                if let known = country(of: other) { setCountry(entities[known == ca ? cb : ca].id, of: person) }
            }
        }
    }

    /// The entity of gazetteer country `id`, added (with no mention) when the article does not name it.
    mutating func implied(_ id: String, _ lexicon: Lexicon) -> Int? {
        if let index = entity(id: id) { return index }
        guard let entry = lexicon.gazetteer.entry(id: id) else { return nil }
        entities.append(Entity(id: id, kind: entry.kind, name: entry.name, aliases: [], country: nil, title: nil, mentionCount: 0))
        byKey["id:" + id] = entities.count - 1
        return entities.count - 1
    }

    private mutating func setCountry(_ id: String, of index: Int) {
        entities[index].country = id
    }
}

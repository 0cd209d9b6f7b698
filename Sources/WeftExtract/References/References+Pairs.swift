// Stage 5, continued: nationalities, bare titles (Thủ tướng Nhật Bản), and the article's two leaders and countries.
import WeftText

extension References {
    /// The person a bare "TITLE COUNTRY" refers to: the article's holder of that title from that country.
    func holder(of mention: Mention) -> Int? {
        guard let title = mention.title else { return nil }
        return entities.indices.first {
            entities[$0].kind == "Person" && entities[$0].country == mention.country
                && Fold.key(entities[$0].title ?? "") == Fold.key(title)
        } ?? entities.indices.first { entities[$0].kind == "Person" && entities[$0].country == mention.country }
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

    private mutating func setCountry(_ id: String, of index: Int) {
        entities[index].country = id
    }
}

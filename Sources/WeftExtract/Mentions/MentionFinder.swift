// Stage 4a: actors and places in a sentence — collectives, titled names, gazetteer, groups, organisations.
import WeftText

public enum MentionFinder {
    /// Non-overlapping mentions in `sentence`, left to right; at each token the first rule that
    /// matches wins, each rule taking its longest match.
    public static func mentions(in sentence: Sentence, lexicon: Lexicon) -> [Mention] {
        let tokens = sentence.tokens
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord else {
                index += 1
                continue
            }
            if let mention = collective(tokens, index, lexicon) ?? titled(sentence, index, lexicon)
                ?? group(sentence, index, lexicon) ?? known(sentence, index, lexicon)
                ?? organisation(sentence, index, lexicon) ?? acronym(tokens, index, lexicon)
            {
                found.append(mention)
                index = mention.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    static func collective(_ tokens: [Token], _ index: Int, _ lexicon: Lexicon) -> Mention? {
        guard let match = lexicon.collectives.longest(in: tokens, at: index) else { return nil }
        let end = index + match.length
        if match.value.ref == .side {
            // phía Nhật Bản: the country itself.
            guard end < tokens.count, let country = lexicon.gazetteer.match(tokens, at: end), country.entry.kind == "Country" else { return nil }
            return Mention(range: index..<(end + country.length), kind: "Country", name: country.entry.name,
                           gazetteerID: country.entry.id, rule: match.value.id)
        }
        return Mention(range: index..<end, kind: nil, name: tokens[index..<end].map(\.text).joined(separator: " "),
                       collective: match.value.ref, rule: match.value.id)
    }

    static func known(_ sentence: Sentence, _ index: Int, _ lexicon: Lexicon) -> Mention? {
        guard let match = lexicon.gazetteer.match(sentence.tokens, at: index) else { return nil }
        let tokens = sentence.tokens
        let end = index + match.length
        // Nhật ký, Anh hùng: a common word that starts with a country's short name.
        if let word = lexicon.notNames.longest(in: tokens, at: index), word.length > match.length { return nil }
        // Thái Bình Dương: a one-syllable name followed by capitalised syllables that are not a
        // name of their own is the start of a longer proper name.
        if match.length == 1, match.entry.kind == "Country", end < tokens.count, tokens[end].isWord, tokens[end].isCapitalised,
           lexicon.gazetteer.match(tokens, at: end) == nil, lexicon.titles.longest(in: tokens, at: end) == nil,
           lexicon.organisationPrefixes.longest(in: tokens, at: end) == nil, !tokens[end].isAcronym
        {
            return nil
        }
        var entry = match.entry
        // A capital named as an actor (Washington cho biết, hạt nhân của Bình Nhưỡng) stands for its
        // country; after a preposition of place, thăm or thủ đô it is the city.
        if entry.properties["capital"] == "yes", let country = entry.properties["country"].flatMap(lexicon.gazetteer.entry(id:)),
           index == 0 || !placeWords.contains(sentence.tokens[index - 1].lower)
        {
            entry = country
        }
        let surface = sentence.span(index..<(index + match.length))
        return Mention(range: index..<(index + match.length), kind: entry.kind, name: entry.name,
                       aliases: surface == entry.name || entry.id != match.entry.id ? [] : [surface], gazetteerID: entry.id,
                       title: entry.properties["title"], country: entry.properties["country"],
                       rule: entry.id != match.entry.id ? "mention.capital-as-country" : "mention.gazetteer")
    }

    /// Words before a capital that make it a place, not its country's government.
    static let placeWords: Set<String> = ["tại", "ở", "đến", "tới", "sang", "thăm", "từ", "đô", "phố", "về", "khỏi", "rời", "qua"]

    /// doanh nghiệp Nhật Bản, các doanh nghiệp Nhật Bản: a group noun and a country.
    static func group(_ sentence: Sentence, _ index: Int, _ lexicon: Lexicon) -> Mention? {
        let tokens = sentence.tokens
        var start = index
        if ["các", "những"].contains(tokens[index].lower), index + 1 < tokens.count { start = index + 1 }
        guard let noun = lexicon.groups.longest(in: tokens, at: start) else { return nil }
        let countryAt = start + noun.length
        guard countryAt < tokens.count, let country = lexicon.gazetteer.match(tokens, at: countryAt),
              country.entry.kind == "Country" else { return nil }
        let end = countryAt + country.length
        let name = sentence.span(start..<countryAt) + " " + country.entry.name
        let surface = sentence.span(index..<end)
        return Mention(range: index..<end, kind: "Group", name: name, aliases: surface == name ? [] : [surface],
                       country: country.entry.id, rule: "mention.group")
    }

    /// A run of capitalised syllables from `index` (a name), stopping at titles, organisation
    /// prefixes and known places; at most five.
    static func nameRun(_ tokens: [Token], from index: Int, _ lexicon: Lexicon) -> Int {
        var end = index
        while end < tokens.count, end - index < 5, tokens[end].isWord, tokens[end].isCapitalised, !tokens[end].isAcronym {
            // A title inside the run ends it; at its start only a title proper does ("ngài Chủ
            // tịch Hạ viện": no person "Chủ"), not a modifier that is also a given name (Tân).
            if let title = lexicon.titles.longest(in: tokens, at: end), end > index || title.value == .title { break }
            // Nor does a name begin with an office (Bộ trưởng Tài chính: no person "Tài").
            if end == index, lexicon.notNames.longest(in: tokens, at: end) != nil { break }
            if lexicon.organisationPrefixes.longest(in: tokens, at: end) != nil { break }
            if end > index, let place = lexicon.gazetteer.match(tokens, at: end), place.entry.kind != "Person" { break }
            end += 1
            // George W. Bush: a one-letter initial and its full stop stay in the name.
            if tokens[end - 1].text.unicodeScalars.count == 1, end + 1 < tokens.count, tokens[end].text == ".",
               tokens[end + 1].isWord, tokens[end + 1].isCapitalised
            {
                end += 1
            }
        }
        return end
    }
}

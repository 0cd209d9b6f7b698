// Stage 4a, continued: titled persons (Thủ tướng Nhật Bản Suga Yoshihide), organisations, acronyms.
import WeftText

extension MentionFinder {
    /// [modifier] TITLE [COUNTRY] NAME, or ông/bà NAME; TITLE COUNTRY alone is a bare title that the
    /// references stage resolves to the holder named elsewhere in the article.
    static func titled(_ sentence: Sentence, _ index: Int, _ lexicon: Lexicon) -> Mention? {
        let tokens = sentence.tokens
        var at = index
        while at < tokens.count, let modifier = lexicon.titles.longest(in: tokens, at: at), modifier.value == .modifier {
            at += modifier.length
        }
        guard at < tokens.count, let title = lexicon.titles.longest(in: tokens, at: at), title.value != .modifier else { return nil }
        let titleText = sentence.span(at..<(at + title.length))
        if title.value == .honorific, !tokens[at].isCapitalised, at + title.length < tokens.count,
           !tokens[at + title.length].isCapitalised { return nil }
        at += title.length
        // Chủ tịch Quốc hội (QH) Nguyễn Văn An: the abbreviation in brackets is skipped.
        if at + 2 < tokens.count, tokens[at].text == "(", tokens[at + 1].isAcronym, tokens[at + 2].text == ")" { at += 3 }
        // Trưởng đoàn đàm phán của Nga Maxim Medvedkov: "của" before the country.
        if at + 1 < tokens.count, tokens[at].lower == "của", let place = lexicon.gazetteer.match(tokens, at: at + 1),
           place.entry.kind == "Country", at + 1 + place.length < tokens.count, tokens[at + 1 + place.length].isCapitalised
        {
            at += 1
        }
        var country: (length: Int, entry: GazetteerEntry)?
        if at < tokens.count, let place = lexicon.gazetteer.match(tokens, at: at), place.entry.kind == "Country" {
            country = place
            at += place.length
        }
        if at < tokens.count, let known = lexicon.gazetteer.match(tokens, at: at), known.entry.kind == "Person" {
            let end = at + known.length
            return Mention(range: index..<end, kind: "Person", name: known.entry.name,
                           aliases: title.value == .title ? [titleText + " " + known.entry.name] : [],
                           gazetteerID: known.entry.id, title: title.value == .title ? titleText : known.entry.properties["title"],
                           country: known.entry.properties["country"] ?? country?.entry.id, rule: "mention.title+gazetteer")
        }
        let end = nameRun(tokens, from: at, lexicon)
        if end > at {
            let name = sentence.span(at..<end)
            let isTitle = title.value == .title
            return Mention(range: index..<end, kind: "Person", name: name, aliases: isTitle ? [titleText + " " + name] : [],
                           title: isTitle ? titleText : nil, country: country?.entry.id,
                           rule: isTitle ? "mention.title+name" : "mention.honorific+name")
        }
        if let country, title.value == .title {
            return Mention(range: index..<at, kind: nil, name: titleText, title: titleText, country: country.entry.id,
                           rule: "mention.title+country")
        }
        // A capitalised bare title (đón Thủ tướng, Chủ tịch đề nghị): the holder named elsewhere in
        // the article, resolved by the references stage; never a person called "Thủ tướng".
        if title.value == .title, tokens[at - title.length].isCapitalised {
            return Mention(range: index..<at, kind: nil, name: titleText, title: titleText, rule: "mention.title")
        }
        return nil
    }

    /// PREFIX Name [COUNTRY]: Bộ Ngoại giao, Bộ Kế hoạch và Đầu tư, Tập đoàn Samsung, Quốc hội Nhật Bản.
    static func organisation(_ sentence: Sentence, _ index: Int, _ lexicon: Lexicon) -> Mention? {
        let tokens = sentence.tokens
        guard tokens[index].isCapitalised, let prefix = lexicon.organisationPrefixes.longest(in: tokens, at: index) else { return nil }
        var end = index + prefix.length
        var named = false
        while end < tokens.count, tokens[end].isWord {
            if tokens[end].isCapitalised, lexicon.gazetteer.match(tokens, at: end) == nil {
                named = true
                end += 1
                // Vietnamese capitalises the first syllable of a word: Ngoại giao, Kế hoạch.
                if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalised, tokens[end].lower != "và",
                   lexicon.words.longest(in: tokens, at: end) == nil, lexicon.titles.longest(in: tokens, at: end) == nil
                {
                    end += 1
                }
            } else if tokens[end].lower == "và", named, end + 1 < tokens.count, tokens[end + 1].isCapitalised {
                end += 1
            } else {
                break
            }
        }
        if end < tokens.count, let place = lexicon.gazetteer.match(tokens, at: end), place.entry.kind == "Country" {
            end += place.length
            named = true
        }
        guard named else { return nil }
        let name = sentence.span(index..<end)
        if let entry = lexicon.gazetteer.entry(key: Fold.key(name)) {
            return Mention(range: index..<end, kind: entry.kind, name: entry.name, gazetteerID: entry.id, rule: "mention.gazetteer")
        }
        return Mention(range: index..<end, kind: "Organization", name: name, rule: "mention.organisation-prefix")
    }

    /// An unknown acronym (JETRO, VCCI) as an organisation, unless it is a unit or a common abbreviation.
    static func acronym(_ tokens: [Token], _ index: Int, _ lexicon: Lexicon) -> Mention? {
        let token = tokens[index]
        guard token.isAcronym, token.text.count <= 8, !lexicon.notAcronyms.contains(token.key) else { return nil }
        return Mention(range: index..<(index + 1), kind: "Organization", name: token.text, rule: "mention.acronym")
    }
}

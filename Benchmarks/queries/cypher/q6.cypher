MATCH (n:Node) WHERE regexp_matches(n.name, '(?i)[dđ][uúùủũụưứừửữự]c') RETURN n.name

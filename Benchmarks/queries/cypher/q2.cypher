MATCH (a:Node)-[r:Claim]->(t:Node {name: '{{OBJECT}}'})
WHERE r.type = 'SUPPORTS' AND NOT r.negated
RETURN a.name

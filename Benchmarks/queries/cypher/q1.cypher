MATCH (a:Node {name: '{{TOP}}'})-[r:Claim]->(b:Node) RETURN r.type, b.name

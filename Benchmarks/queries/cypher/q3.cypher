MATCH (c:Node {name: '{{TOP}}'})-[r1:Claim]->(t:Node)
WHERE r1.type = 'SUPPORTS' AND NOT r1.negated
WITH DISTINCT c, t
MATCH (t)<-[r2:Claim]-(b:Node)
WHERE r2.type = 'SUPPORTS' AND NOT r2.negated AND id(b) <> id(c)
RETURN DISTINCT b.name

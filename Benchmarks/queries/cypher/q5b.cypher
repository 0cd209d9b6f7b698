MATCH p = (a:Node {name: '{{PATH_A}}'})-[:Claim* SHORTEST 1..4]-(b:Node {name: '{{ISLAND}}'})
RETURN length(p) LIMIT 1

WITH c AS (SELECT id FROM nodes WHERE name = '{{TOP}}'),
     t AS (SELECT DISTINCT dst FROM claims
           WHERE src IN (SELECT id FROM c) AND type = 'SUPPORTS' AND NOT negated)
SELECT DISTINCT b.name
FROM claims e JOIN t ON e.dst = t.dst JOIN nodes b ON b.id = e.src
WHERE e.type = 'SUPPORTS' AND NOT e.negated AND e.src NOT IN (SELECT id FROM c)

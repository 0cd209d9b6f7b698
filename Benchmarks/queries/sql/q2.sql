SELECT a.name
FROM claims c JOIN nodes a ON a.id = c.src
WHERE c.dst IN (SELECT id FROM nodes WHERE name = '{{OBJECT}}')
  AND c.type = 'SUPPORTS' AND NOT c.negated

SELECT c.type, b.name
FROM claims c JOIN nodes b ON b.id = c.dst
WHERE c.src IN (SELECT id FROM nodes WHERE name = '{{TOP}}')

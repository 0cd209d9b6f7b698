-- Meet in the middle: the nodes within two hops of each end, joined; the shortest sum is the
-- length (a recursive CTE doing a 4-level BFS from one end was slower).
WITH e(x, y) AS (SELECT src, dst FROM claims UNION ALL SELECT dst, src FROM claims),
  a0 AS (SELECT id AS m FROM nodes WHERE name = '{{PATH_A}}'),
  a1 AS (SELECT DISTINCT e.y AS m FROM e JOIN a0 ON e.x = a0.m),
  a2 AS (SELECT DISTINCT e.y AS m FROM e JOIN a1 ON e.x = a1.m),
  b0 AS (SELECT id AS m FROM nodes WHERE name = '{{ISLAND}}'),
  b1 AS (SELECT DISTINCT e.y AS m FROM e JOIN b0 ON e.x = b0.m),
  b2 AS (SELECT DISTINCT e.y AS m FROM e JOIN b1 ON e.x = b1.m),
  da AS (SELECT m, min(d) AS d FROM (SELECT m, 0 AS d FROM a0 UNION ALL SELECT m, 1 FROM a1
                                     UNION ALL SELECT m, 2 FROM a2) GROUP BY m),
  db AS (SELECT m, min(d) AS d FROM (SELECT m, 0 AS d FROM b0 UNION ALL SELECT m, 1 FROM b1
                                     UNION ALL SELECT m, 2 FROM b2) GROUP BY m)
SELECT min(da.d + db.d) AS len FROM da JOIN db USING (m)
HAVING min(da.d + db.d) IS NOT NULL

SELECT type, count(*) AS n FROM claims GROUP BY type ORDER BY n DESC

MATCH ()-[r:Claim]->() RETURN r.type AS type, count(*) AS n ORDER BY n DESC

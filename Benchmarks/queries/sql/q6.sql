SELECT name FROM nodes
WHERE strip_accents(lower(replace(replace(name, 'đ', 'd'), 'Đ', 'D'))) LIKE '%duc%'

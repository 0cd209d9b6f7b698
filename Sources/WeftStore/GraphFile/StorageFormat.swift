// The tables of a .weft file, format version 1 (docs/storage.md explains each column and why).

enum StorageFormat {
    /// `PRAGMA application_id`: "weft" in ASCII. Tells a weft graph from any other SQLite file.
    static let applicationID: Int64 = 0x7765_6674
    /// `PRAGMA user_version`. Bump on any change to the tables below, and teach `GraphFile` to
    /// read the older versions or say how to convert them.
    static let version: Int64 = 1

    /// Made after the tables; a new file gets them after its first load (building an index from
    /// sorted keys is faster than growing it row by row), an existing file has them already.
    static let indexes = """
        CREATE UNIQUE INDEX node_by_ext ON node(ext);
        CREATE UNIQUE INDEX edge_by_ext ON edge(ext);
        CREATE INDEX edge_by_article ON edge(article);
        """

    static let tables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE kind(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE relation_type(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE node(
            id INTEGER PRIMARY KEY,
            kind INTEGER NOT NULL REFERENCES kind(id),
            ext TEXT NOT NULL,
            name TEXT NOT NULL,
            props TEXT
        );
        CREATE TABLE alias(
            node INTEGER NOT NULL REFERENCES node(id),
            ord INTEGER NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY(node, ord)
        ) WITHOUT ROWID;
        CREATE TABLE name_key(
            fold TEXT NOT NULL,
            node INTEGER NOT NULL REFERENCES node(id),
            PRIMARY KEY(fold, node)
        ) WITHOUT ROWID;
        CREATE TABLE edge(
            id INTEGER PRIMARY KEY,
            type INTEGER NOT NULL REFERENCES relation_type(id),
            subj INTEGER NOT NULL REFERENCES node(id),
            obj INTEGER NOT NULL REFERENCES node(id),
            negated INTEGER NOT NULL DEFAULT 0,
            modality INTEGER NOT NULL DEFAULT 0,
            article INTEGER REFERENCES node(id),
            sentence INTEGER,
            date INTEGER,
            cameo TEXT,
            ext TEXT NOT NULL,
            claim TEXT,
            speaker TEXT,
            evidence TEXT,
            rule TEXT,
            props TEXT
        );
        CREATE TABLE edge_chunk(chunk INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE VIEW claims AS
            SELECT e.ext AS id, t.name AS type, s.name AS subject, o.name AS object,
                   a.ext AS article, e.sentence, e.negated,
                   CASE e.modality WHEN 1 THEN 'asserted' WHEN 2 THEN 'background' WHEN 3 THEN 'future'
                        WHEN 4 THEN 'intent' WHEN 5 THEN 'desire' WHEN 6 THEN 'request'
                        WHEN 7 THEN 'agreed' WHEN 8 THEN 'inferred' END AS modality,
                   e.cameo, date(e.date * 86400, 'unixepoch') AS date, e.speaker, e.claim, e.rule, e.evidence
            FROM edge e
            JOIN relation_type t ON t.id = e.type
            JOIN node s ON s.id = e.subj
            JOIN node o ON o.id = e.obj
            LEFT JOIN node a ON a.id = e.article;
        """
}

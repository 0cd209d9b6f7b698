// The meta-commands of SPEC §4: name, arguments, one-line summary and `.help` text.

public struct MetaCommand: Sendable {
    public let name: String
    public let arguments: String
    public let summary: String
    public let help: String
    /// What completion offers after the command: file names, or fixed words.
    public let completes: Completes

    public enum Completes: Sendable, Equatable {
        case nothing, files, words([String])
    }
}

public enum MetaCommands {
    public static let all: [MetaCommand] = [
        .init(name: "help", arguments: "[TOPIC]", summary: "List meta-commands, or explain one",
              help: "`.help` lists the meta-commands; `.help mode` explains `.mode`.", completes: .nothing),
        .init(name: "schema", arguments: "", summary: "Kinds and relation types with their signatures",
              help: "Shows every kind and every relation type with the kinds it connects and its CAMEO prefixes.",
              completes: .nothing),
        .init(name: "stats", arguments: "", summary: "Counts of nodes per kind and claims per type",
              help: "Shows how many nodes of each kind and claims of each relation type the open graph holds.",
              completes: .nothing),
        .init(name: "mode", arguments: "MODE", summary: "Output mode: box table tsv csv json jsonl markdown",
              help: "box (default on a terminal) and table align columns by display width; tsv (default when piped); "
                + "csv (RFC 4180); json (one array); jsonl (one object per row); markdown.",
              completes: .words(OutputMode.allCases.map(\.rawValue))),
        .init(name: "headers", arguments: "on|off", summary: "Show column names",
              help: "`.headers off` drops the column names in box, table, tsv and csv modes.", completes: .words(["on", "off"])),
        .init(name: "output", arguments: "[FILE]", summary: "Send results to FILE (no FILE: back to the screen)",
              help: "Results go to FILE until `.output` without a file; errors stay on the screen.", completes: .files),
        .init(name: "once", arguments: "FILE", summary: "Send the next result to FILE",
              help: "Like `.output FILE` for one statement only.", completes: .files),
        .init(name: "read", arguments: "FILE", summary: "Run the statements of FILE",
              help: "Runs FILE through the same loop as the prompt; errors name FILE and the line. A file that reads "
                + "itself (directly or not) is refused.", completes: .files),
        .init(name: "open", arguments: "FILE", summary: "Close this graph and open FILE",
              help: "Opens a graph file (.weft); DEFINE'd queries and relations are dropped with the old session.",
              completes: .files),
        .init(name: "import", arguments: "FILE", summary: "Add a JSON Lines file to the open graph",
              help: "Imports graph JSON Lines (the `weft export` shape) into the open graph, all lines or none, "
                + "then reloads it.", completes: .files),
        .init(name: "export", arguments: "FORMAT FILE", summary: "Write the whole graph to FILE: jsonl, ntriples or dot",
              help: "`.export jsonl FILE` writes the open graph as JSON Lines (what `.import` and `weft import` read), "
                + "`.export ntriples FILE` as RDF N-Triples (docs/rdf.md), `.export dot FILE` as Graphviz DOT — at most "
                + "500 nodes, those with most claims; FILE ending in .svg, .png or .pdf is drawn. For one actor's "
                + "surroundings use `.dot FILE` with a query, or `weft export --around NAME`.",
              completes: .words(ExportedFormat.allCases.map(\.rawValue))),
        .init(name: "why", arguments: "EDGE_ID", summary: "Where a claim came from",
              help: "Shows the article (title and date), the sentence number, the evidence and the extraction rule "
                + "of a claim, e.g. `.why R01.0`.", completes: .nothing),
        .init(name: "explain", arguments: "on|off", summary: "Show the plan before each query",
              help: "With `.explain on` every query prints its plan (as EXPLAIN would) before its rows.",
              completes: .words(["on", "off"])),
        .init(name: "timer", arguments: "on|off", summary: "Show how long each statement took",
              help: "Prints `Run Time: 0.012 s` on standard error after each statement.", completes: .words(["on", "off"])),
        .init(name: "maxrows", arguments: "N", summary: "Show at most N rows (0: all)",
              help: "Longer results show their first and last rows and `N rows (M shown)`; 40 on a terminal, "
                + "everything when piped.", completes: .nothing),
        .init(name: "history", arguments: "", summary: "The statements entered so far",
              help: "Lists the history, kept across sessions in $XDG_STATE_HOME/weft/history.", completes: .nothing),
        .init(name: "ingest", arguments: "PATH…", summary: "Extract claims from article files or folders into this graph",
              help: "Reads Vietnamese articles (UTF-8 .txt files; folders are searched), extracts their actors, topics and "
                + "claims and adds them to the open graph as `weft ingest` does: one transaction per batch, an unchanged "
                + "article skipped, a changed one replaced, a bad file named and skipped. Ctrl-C stops after the batch "
                + "being written. DEFINE'd queries and relations stay.", completes: .files),
        .init(name: "dot", arguments: "FILE [QUERY]", summary: "Draw the last result, or QUERY, as a graph",
              help: "Writes the nodes, edges and paths of the last result (or of QUERY, given on the same line) as "
                + "Graphviz DOT to FILE; FILE ending in .svg, .png or .pdf is drawn through Graphviz when it is "
                + "installed. After DESCRIBE it draws the star around the node. Scalars are left out.",
              completes: .files),
        .init(name: "quit", arguments: "", summary: "Leave weft", help: "Leaves weft (Ctrl-D does too).", completes: .nothing),
        .init(name: "exit", arguments: "", summary: "Leave weft", help: "Leaves weft (Ctrl-D does too).", completes: .nothing),
    ]

    public static func named(_ name: String) -> MetaCommand? {
        all.first { $0.name == name.lowercased() }
    }
}

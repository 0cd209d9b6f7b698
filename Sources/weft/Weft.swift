// The `weft` command: parses arguments and hands off to the libraries; exit codes per SPEC §3.
import ArgumentParser
import WeftStore

@main
struct Weft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weft",
        abstract: "A knowledge graph of Vietnamese news: actors, relations, topics, every edge tied to its sentence.",
        subcommands: [Open.self, Import.self, Export.self, Extract.self, Ingest.self],
        defaultSubcommand: Open.self)

    static func main() {
        Allocator.tune()
        main(nil)
    }
}

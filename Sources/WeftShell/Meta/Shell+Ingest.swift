// `.ingest PATH…`: articles into the open graph, as `weft ingest` does, then the graph reloaded.
import Foundation
import WeftExtract
import WeftIngest
import WeftStore
import WeftText

extension Shell {
    func ingest(_ paths: [String], source: LineSource, line: Int) -> String? {
        guard !paths.isEmpty else { return "`.ingest` takes article files or folders: `.ingest articles/`" }
        var ingestor: Ingestor
        do throws(MissingLexicon) {
            ingestor = Ingestor(extractor: try extractor(), jobs: ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            return error.description
        }
        // A skipped file is an error of this line (exit 65 in batch), named with its path.
        let prefix = source.isInteractive ? "" : "\(source.origin ?? "input"):\(line): "
        ingestor.report = { [errors] in errors.write("\(prefix)error: \($0)\n") }
        let running = self.running
        ingestor.shouldStop = { running.isTaskCancelled }
        running.beginTask()
        defer { running.endTask() }
        let started = Date()
        let counts: IngestCounts
        do {
            counts = try ingestor.run(paths.map(Self.expandHome), into: graph.file)
        } catch is Interrupted {
            reload()
            return "`.ingest` interrupted: the batches written before Ctrl-C are in the graph, nothing after them"
        } catch {
            return "`.ingest` stopped: \(error)"
        }
        reload()
        errors.write("ingested \(Counted.of(counts.ingested, "article")) in "
                     + String(format: "%.2f s: ", Date().timeIntervalSince(started)) + counts.summary + "\n")
        if counts.hasProblems { fail() }
        return nil
    }

    /// The extractor, made on first use (it reads the lexicons and the gazetteer) and kept.
    private func extractor() throws(MissingLexicon) -> Extractor {
        if let extractorCache { return extractorCache }
        let made = try ArticleFiles.extractor()
        extractorCache = made
        return made
    }

    /// The in-memory index rebuilt from the graph file after it changed.
    private func reload() {
        if let reloaded = try? OpenGraph(file: graph.file, label: graph.label) { reloadGraph(reloaded) }
    }
}

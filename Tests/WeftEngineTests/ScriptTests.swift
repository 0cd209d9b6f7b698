// The end-to-end query scripts: each Scripts/*.wq is run and its output compared with a golden;
// then run again without the optimiser, which must give the same rows.
import Foundation
import Testing
import WeftEngine
import WeftTestSupport

@Suite struct ScriptTests {
    static let names = (try? Harness.scripts().map { $0.deletingPathExtension().lastPathComponent }) ?? []

    @Test(arguments: names)
    func script(_ name: String) throws {
        let graph = try Harness.fixtureGraph()
        let url = Harness.scriptsFolder.appendingPathComponent(name + ".wq")
        let text = try String(contentsOf: url, encoding: .utf8)
        let output = Harness.run(text, origin: name + ".wq", session: Session(graph: graph)).joined(separator: "\n")
        Snapshot.assert(output, named: "script-" + name)
    }

    /// Optimised and unoptimised plans give the same rows (as multisets: without ORDER BY the
    /// order may differ).
    @Test(arguments: names)
    func optimiserDoesNotChangeRows(_ name: String) throws {
        let graph = try Harness.fixtureGraph()
        let text = try String(contentsOf: Harness.scriptsFolder.appendingPathComponent(name + ".wq"), encoding: .utf8)
        let optimised = Session(graph: graph)
        let plain = Session(graph: graph)
        plain.optimize = false
        let a = Harness.run(text, origin: name, session: optimised, skipPlans: true)
        let b = Harness.run(text, origin: name, session: plain, skipPlans: true)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(x.split(separator: "\n").sorted() == y.split(separator: "\n").sorted(), "\(x)")
        }
    }
}

// `weft export --format dot|ntriples` as a user runs it: goldens, pictures, Graphviz missing or failing, errors.
import Foundation
import Testing
import WeftTestSupport

@Suite struct DOTExportCommandTests {
    static func seedGraph() throws -> (folder: URL, graph: String) {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("seed.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        return (folder, graph)
    }

    @Test func theWholeSeedGraphMatchesItsGoldenAndRenders() throws {
        let (_, graph) = try Self.seedGraph()
        let result = try Run.weft(["export", graph, "--format", "dot"])
        #expect(result.status == 0 && result.stderr == "")
        Snapshot.assert(result.stdout, named: "seed-whole.dot")
        _ = try #require(Tools.svg(result.stdout))
        #expect(try Run.weft(["export", graph, "--format", "dot"]).stdout == result.stdout)
    }

    @Test func theNeighbourhoodOfPhamMinhChinhMatchesItsGoldenAndRenders() throws {
        let (_, graph) = try Self.seedGraph()
        let result = try Run.weft(["export", graph, "--format", "dot", "--around", "pham minh chinh", "--depth", "1"])
        #expect(result.status == 0 && result.stderr == "")
        Snapshot.assert(result.stdout, named: "seed-around-pham-minh-chinh.dot")
        _ = try #require(Tools.svg(result.stdout))
    }

    @Test(arguments: ["svg", "png", "pdf"])
    func aPictureNameRendersThroughGraphviz(_ format: String) throws {
        let (folder, graph) = try Self.seedGraph()
        let picture = folder.appendingPathComponent("seed picture; 'x'.\(format)").path
        let result = try Run.weft(["export", graph, "--format", "dot", "-o", picture])
        #expect(result.status == 0)
        #expect(result.stderr == "weft: wrote \(picture) (34 nodes, Graphviz dot)\n")
        let data = try Data(contentsOf: URL(fileURLWithPath: picture))
        let magic: [String: [UInt8]] = ["svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8)]
        #expect(Array(data.prefix(magic[format]?.count ?? 0)) == magic[format])
        // Nothing left beside it: no partial files, no DOT.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["seed picture; 'x'.\(format)", "seed.weft"])
    }

    @Test func withoutGraphvizTheDOTIsWrittenBesideWithHowToInstall() throws {
        let (folder, graph) = try Self.seedGraph()
        let picture = folder.appendingPathComponent("seed.svg").path
        let result = try Run.weft(["export", graph, "--format", "dot", "-o", picture], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        let dotPath = folder.appendingPathComponent("seed.dot").path
        #expect(result.stderr.contains("Graphviz is not installed, so no svg was drawn; wrote \(dotPath)"))
        #expect(result.stderr.contains("apt-get install graphviz"))
        #expect(!FileManager.default.fileExists(atPath: picture))
        let dot = try String(contentsOfFile: dotPath, encoding: .utf8)
        #expect(dot == (try Run.weft(["export", graph, "--format", "dot"]).stdout))
    }

    @Test func aGraphvizFailureIsAClearErrorAndKeepsTheDOT() throws {
        let (folder, graph) = try Self.seedGraph()
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fake = bin.appendingPathComponent("dot")
        try "#!/bin/sh\necho 'Error: something broke in layout' >&2\nexit 3\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let picture = folder.appendingPathComponent("seed.png").path
        let result = try Run.weft(["export", graph, "--format", "dot", "-o", picture], environment: ["PATH": bin.path])
        #expect(result.status == 70)
        #expect(result.stderr.contains("Graphviz dot failed (exit 3):\nError: something broke in layout"))
        #expect(result.stderr.contains("the DOT it was given is in \(folder.appendingPathComponent("seed.dot").path)"))
        #expect(!FileManager.default.fileExists(atPath: picture))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bin", "seed.dot", "seed.weft"])
    }

    @Test func aCutSaysSoAndSuggestsTheNeighbourhood() throws {
        let (_, graph) = try Self.seedGraph()
        let result = try Run.weft(["export", graph, "--format", "dot", "--max-nodes", "5"])
        #expect(result.status == 0)
        #expect(result.stderr == "weft: the graph has 34 nodes; drew the 5 with most claims (--max-nodes 5); for one actor and its surroundings try --around NAME --depth 1, or --max-nodes 0 for everything\n")
        #expect(result.stdout.contains("// weft export seed.weft: whole graph, 5 of 34 nodes"))
        _ = try #require(Tools.svg(result.stdout))
    }

    @Test func badNamesAndOptionsExit64WithAReason() throws {
        let (_, graph) = try Self.seedGraph()
        let cases: [([String], String)] = [
            (["--around", "pham minh chin"], "weft: no node is named 'pham minh chin'; did you mean 'Phạm Minh Chính'?\n"),
            (["--around", "bien dong"], "weft: 'bien dong' names 2 nodes; say which: --around 'Location:Biển Đông' or --around 'Topic:Biển Đông'\n"),
            (["--depth", "2"], "--depth needs --around NAME"),
            (["--around", "n1", "--depth=-1"], "--depth must be 0 or more"),
            (["--max-nodes=-3"], "--max-nodes must be 0 (no limit) or more"),
        ]
        for (arguments, message) in cases {
            let result = try Run.weft(["export", graph, "--format", "dot"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout == "")
        }
        let jsonlAround = try Run.weft(["export", graph, "--format", "jsonl", "--around", "n1"])
        #expect(jsonlAround.status == 64 && jsonlAround.stderr.contains("--around and --depth apply to --format dot only"))
        let picture = try Run.weft(["export", graph, "--format", "ntriples", "-o", "x.png"])
        #expect(picture.status == 64 && picture.stderr.contains("pictures (.svg, .png, .pdf) need --format dot"))
        let missing = try Run.weft(["export", "/nonexistent/g.weft", "--format", "dot"])
        #expect(missing.status == 66)
    }

    @Test func nTriplesParseWithRapper() throws {
        let (folder, graph) = try Self.seedGraph()
        let result = try Run.weft(["export", graph, "--format", "ntriples"])
        #expect(result.status == 0 && result.stderr == "")
        let count = try #require(Tools.rapperCount(result.stdout))
        #expect(count == result.stdout.split(separator: "\n").count)
        let out = folder.appendingPathComponent("seed.nt").path
        #expect(try Run.weft(["export", graph, "--format", "ntriples", "-o", out, "--base", "http://example.org/news#"]).status == 0)
        let based = try String(contentsOfFile: out, encoding: .utf8)
        #expect(based.contains("<http://example.org/news#node/n1> "))
        #expect(Tools.rapperCount(based) == count)
        let bad = try Run.weft(["export", graph, "--format", "ntriples", "--base", "not an iri"])
        #expect(bad.status == 64)
    }

    @Test func overFiveHundredEdgesLaysOutWithSfdp() throws {
        let folder = Paths.temporaryFolder()
        let input = folder.appendingPathComponent("gen.jsonl").path
        #expect(try Run.command(Paths.executable("weft-gen"), ["--claims", "1500", "--seed", "1", "-o", input]).status == 0)
        let graph = folder.appendingPathComponent("gen.weft").path
        #expect(try Run.weft(["import", input, "--into", graph]).status == 0)
        let picture = folder.appendingPathComponent("gen.svg").path
        let result = try Run.weft(["export", graph, "--format", "dot", "--max-nodes", "0", "-o", picture])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("laid out with sfdp"))
        #expect(result.stderr.contains("Graphviz sfdp)"))
        #expect(FileManager.default.fileExists(atPath: picture))
    }
}

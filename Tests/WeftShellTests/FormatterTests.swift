// Output modes on one result with Vietnamese, Japanese, quotes and commas; goldens in Snapshots/.
import Testing
import WeftEngine
import Foundation
import WeftShell

@Suite struct FormatterTests {
    @Test(arguments: OutputMode.allCases)
    func everyModeMatchesItsGolden(mode: OutputMode) throws {
        let run = try ShellFixture.run("""
            UNWIND [["Việt Nam", 1], ["東京, Nhật Bản", 22], ["say \\"hi\\"", 333]] AS row
            RETURN row[0] AS name, row[1] AS n;
            """, mode: mode)
        #expect(run.errors == "")
        Snapshot.assert(run.output, named: "mode-\(mode.rawValue)")
    }

    private static let withNull = "UNWIND [[\"Việt Nam\", 1], [\"東京\", null]] AS row RETURN row[0] AS name, row[1] AS n;\n"

    @Test func colourPaintsHeadersAndNullsWithoutMovingTheColumns() throws {
        let plain = try ShellFixture.run(Self.withNull, mode: .box)
        let coloured = try ShellFixture.run(Self.withNull, mode: .box) { $0.display.color = true }
        #expect(!plain.output.contains("\u{1B}"))
        #expect(coloured.output.contains("\u{1B}[1mname    \u{1B}[0m"))
        #expect(coloured.output.contains("\u{1B}[2mNULL\u{1B}[0m"))
        let stripped = coloured.output.replacingOccurrences(of: #"\x1B\[[0-9;]*m"#, with: "", options: .regularExpression)
        #expect(stripped == plain.output)
        #expect(plain.output.contains("│ 東京     │ NULL │"))
    }

    @Test func colourNeverGoesIntoAFile() throws {
        let target = Paths.temporaryFolder().appendingPathComponent("plain.txt")
        let run = try ShellFixture.run(".output \(target.path)\n" + Self.withNull, mode: .box) { $0.display.color = true }
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.contains("NULL") && !written.contains("\u{1B}"))
        #expect(run.output == "")
    }
}

import WeftTestSupport

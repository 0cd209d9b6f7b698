// Output modes on one result with Vietnamese, Japanese, quotes and commas; goldens in Snapshots/.
import Testing
import WeftEngine
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
}

import WeftTestSupport

// Counts in messages take the singular for one and the plural otherwise.
import Testing
import WeftText

@Suite struct CountedTests {
    @Test func oneIsSingularEveryOtherCountPlural() {
        #expect(Counted.of(1, "node") == "1 node")
        #expect(Counted.of(0, "claim") == "0 claims")
        #expect(Counted.of(2, "file") == "2 files")
        #expect(Counted.of(205_009, "node", grouped: true) == "205,009 nodes")
        #expect(Counted.of(1, "path", grouped: true) == "1 path")
    }
}

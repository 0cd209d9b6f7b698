// The fuzz entry point: any bytes must parse, render and round-trip without a crash or a hang.
import CFuzzEntry
import WeftQuery

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = Parser.parseScript(bytes: bytes, origin: "fuzz.wq")
    for diagnostic in result.diagnostics {
        _ = DiagnosticRenderer.render(diagnostic, source: result.source, origin: "fuzz.wq", color: true)
        _ = DiagnosticRenderer.render(diagnostic, source: result.source, origin: nil, style: .batch)
    }
    _ = Completeness.isComplete(result.source.text)
    // The printer's contract: whatever parsed prints to text that parses to the same tree.
    for statement in result.statements {
        let printed = Printer.print(statement)
        let (again, diagnostics) = Parser.parseStatement(printed)
        guard diagnostics.isEmpty, let again,
              TreeDump.dump(again, ranges: false) == TreeDump.dump(statement, ranges: false),
              Printer.print(again) == printed
        else { fatalError("round trip failed for:\n\(printed)\n\(diagnostics.map(\.message))") }
        _ = TreeDump.dump(statement)
    }
    return 0
}

// A query session over one graph: runs statements, keeps DEFINE'd queries and relations, limits.
import Foundation
import WeftExport
import WeftModel
import WeftQuery

public final class Session: @unchecked Sendable {
    public let graph: GraphSource
    /// Runs with the planner's reordering and filter placement when true (the default).
    public var optimize = true
    /// Stop queries producing more rows than this (nil: no limit); the result says it was cut.
    public var rowLimit: Int?
    /// Stop queries running longer than this many seconds.
    public var timeLimit: Double?
    /// Cancels the running statement from another thread.
    public let cancellation = CancelToken()
    let definitions = Definitions()

    public init(graph: GraphSource) {
        self.graph = graph
    }

    /// Runs one parsed statement. Errors come back as diagnostics with source ranges.
    public func execute(_ statement: Statement, source: SourceText, parameters: [String: RValue] = [:]) throws(Diagnostic)
        -> StatementResult
    {
        do {
            return try perform(statement, source: source, parameters: parameters)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch is Cancelled {
            throw Catalogue.cancelled(range: statement.range)
        } catch let limit as LimitReached {
            throw Catalogue.limitReached(limit.what, range: statement.range)
        } catch let failure as RuntimeFailure {
            throw Catalogue.runtimeError(failure.message, range: statement.range)
        } catch {
            throw Catalogue.runtimeError("\(error)", range: statement.range)
        }
    }

    /// A session on `graph` (the same graph file, reloaded after a change) with this session's
    /// settings and definitions: DEFINE'd queries as they are, relations compiled again in the order
    /// they were defined (one that no longer compiles is dropped and named in the result).
    public func reopened(on graph: GraphSource) -> (session: Session, dropped: [String]) {
        let next = Session(graph: graph)
        next.optimize = optimize
        next.rowLimit = rowLimit
        next.timeLimit = timeLimit
        next.definitions.queries = definitions.queries
        var dropped: [String] = []
        for (define, source) in definitions.relationStatements {
            if let relation = try? next.compileRelation(define, source: source) {
                next.definitions.add(relation, statement: define, source: source)
            } else {
                dropped.append(define.name.text)
            }
        }
        return (next, dropped)
    }

    private func executor(_ parameters: [String: RValue]) -> Executor {
        let executor = Executor(graph: graph, parameters: parameters, cancel: cancellation,
                                deadline: timeLimit.map { Date().addingTimeInterval($0) }, maxRows: rowLimit)
        executor.optimize = optimize
        return executor
    }

    private func perform(_ statement: Statement, source: SourceText, parameters: [String: RValue]) throws -> StatementResult {
        switch statement.body {
        case .query(let query):
            let compiled = try compile(query, source: source, parameters: parameters.isEmpty ? nil : Set(parameters.keys))
            return try runCompiled(compiled, mode: statement.mode, export: query.export, parameters: parameters)
        case .run(let run):
            let key = run.name.text.lowercased()
            guard let defined = definitions.queries[key] else {
                throw Catalogue.unknownDefinedQuery(run.name.text, range: run.name.range,
                                                    suggestion: Suggestion.bestMatch(for: run.name.text, among: definitions.queries.keys))
            }
            let names = defined.statement.parameters.map { $0.text.lowercased() }
            guard names.count == run.arguments.count else {
                throw Catalogue.wrongArgumentCount(run.name.text, expected: names.count, found: run.arguments.count, range: run.range)
            }
            let argumentCompiler = Compiler(graph: graph, definitions: definitions, source: source)
            let evaluator = executor(parameters)
            var values = parameters
            for (name, argument) in zip(names, run.arguments) {
                values[name] = try evaluator.eval(try argumentCompiler.expression(argument, context: .plain), [])
            }
            let compiled = try compile(defined.statement.query, source: defined.source, parameters: Set(names))
            return try runCompiled(compiled, mode: statement.mode, export: run.export ?? defined.statement.query.export,
                                   parameters: values)
        case .defineQuery(let define):
            // Compile now so that mistakes show at DEFINE time, not at the first RUN.
            _ = try compile(define.query, source: source, parameters: Set(define.parameters.map { $0.text.lowercased() }))
            definitions.queries[define.name.text.lowercased()] = (define, source)
            return .defined("defined query \(define.name.text)(\(define.parameters.map { "$" + $0.text }.joined(separator: ", ")))")
        case .defineRelation(let define):
            definitions.add(try compileRelation(define, source: source), statement: define, source: source)
            return .defined("defined relation \(define.name.text)(\(define.subject.text), \(define.object.text))")
        case .describe(let describe):
            var (table, edges) = try Describer(session: self, source: source).describe(describe, parameters: parameters)
            table.drawnEdges = edges
            return try finish(table, export: describe.export, range: describe.range)
        }
    }

    func compile(_ query: Query, source: SourceText, parameters: Set<String>?) throws -> CompiledQuery {
        let compiler = Compiler(graph: graph, definitions: definitions, source: source, parameters: parameters)
        var compiled = try compiler.compile(query)
        for index in compiled.operations.indices {
            if case .match(var plan) = compiled.operations[index] {
                Planner.plan(&plan, graph: graph, optimize: optimize)
                compiled.operations[index] = .match(plan)
            }
        }
        if optimize {
            StatisticsPass.apply(&compiled, graph: graph)
            DistinctPass.apply(&compiled, graph: graph)
        }
        return compiled
    }

    private func compileRelation(_ define: DefineRelation, source: SourceText) throws -> DefinedRelation {
        definitions.defining = define.name.text.lowercased()
        defer { definitions.defining = nil }
        let compiler = Compiler(graph: graph, definitions: definitions, source: source)
        var plan = try compiler.pattern([define.path], shortest: false, optional: false, range: define.range)
        if let predicate = define.predicate { plan.conjuncts = try compiler.conjuncts(predicate) }
        guard let subject = compiler.scope[define.subject.text.lowercased()],
              let object = compiler.scope[define.object.text.lowercased()]
        else {
            let missing = compiler.scope[define.subject.text.lowercased()] == nil ? define.subject : define.object
            throw Catalogue.variableNotInScope(missing.text, range: missing.range)
        }
        return DefinedRelation(name: define.name.text, pattern: plan, subjectSlot: subject.slot, objectSlot: object.slot,
                               slotCount: compiler.slotCount, graph: graph)
    }

    private func runCompiled(_ compiled: CompiledQuery, mode: Statement.Mode?, export: Export?, parameters: [String: RValue])
        throws -> StatementResult
    {
        if mode == .explain { return .plan(Explain.render(compiled, graph: graph, profile: nil)) }
        let executor = executor(parameters)
        executor.profiling = mode == .profile
        let started = Date()
        let rows = try executor.run(compiled)
        if mode == .profile {
            var profile = executor.profile
            profile["total"] = (rows.count, Date().timeIntervalSince(started))
            return .plan(Explain.render(compiled, graph: graph, profile: profile))
        }
        var output = rows  // already the output columns (the final projection keeps only those)
        var truncated = false
        if let rowLimit, output.count > rowLimit {
            output = Array(output.prefix(rowLimit))
            truncated = true
        }
        let table = ResultTable(columns: compiled.columns, rows: output, truncated: truncated)
        return try finish(table, export: export, range: export?.range ?? .none)
    }

    /// Exports a result already computed (the shell's `.dot FILE` of the last result).
    public func export(_ table: ResultTable, as export: Export) throws(Diagnostic) -> ResultTable {
        do {
            guard case .table(let exported) = try finish(table, export: export, range: export.range) else { return table }
            return exported
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Catalogue.exportFailed(export.file ?? "-", reason: "\(error)", range: export.range)
        }
    }

    /// Applies EXPORT: CSV, JSON, or DOT of the nodes, edges and paths in the result (plus its
    /// `drawnEdges`, DESCRIBE's star), rendered through Graphviz when the file name asks for a picture.
    private func finish(_ table: ResultTable, export: Export?, range: SourceRange) throws -> StatementResult {
        guard let export else { return .table(table) }
        var result = table
        let text: String
        switch export.format {
        case .dot:
            let scene = ResultDOT.scene(table, edges: table.drawnEdges, graph: graph)
            if scene.nodes.isEmpty {
                result.note = "the result holds no nodes, edges or paths, so the picture is empty (scalars are not drawn)"
            }
            if let file = export.file, let format = Graphviz.format(of: file) {
                try ResultDOT.render(scene, to: file, format: format, result: &result, range: export.range)
                return .table(result)
            }
            text = scene.dot()
            if let file = export.file { result.drawn = ResultDOT.drawn(scene, in: file) }
        case .csv: text = ResultExport.csv(table, graph: graph)
        case .json: text = ResultExport.json(table, graph: graph)
        }
        if let file = export.file {
            do {
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                throw Catalogue.exportFailed(file, reason: error.localizedDescription, range: export.range)
            }
            result.exportedTo = file
        } else {
            result.exported = text
        }
        return .table(result)
    }
}

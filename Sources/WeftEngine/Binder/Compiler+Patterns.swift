// Binding patterns: node kinds and names, edge types and directions, hops, signatures, inference.
import WeftModel
import WeftQuery
import WeftText

extension Compiler {
    static let hopCap = 6

    func compile(_ match: Match) throws -> PatternPlan {
        var plan = try pattern(match.paths, shortest: match.shortest, optional: match.optional, range: match.range)
        if let predicate = match.predicate {
            plan.conjuncts = try conjuncts(predicate)
        }
        return plan
    }

    func existsPattern(_ exists: Exists) throws -> PatternPlan {
        let saved = scope
        defer { scope = saved }
        var plan = try pattern(exists.paths, shortest: false, optional: false, range: .none)
        if let predicate = exists.predicate { plan.conjuncts = try conjuncts(predicate) }
        Planner.plan(&plan, graph: graph, optimize: true)
        return plan
    }

    func conjuncts(_ predicate: Expression) throws -> [(expr: BExpr, slots: Set<Int>)] {
        var parts: [Expression] = []
        func split(_ e: Expression) {
            if case .binary(.and, let a, let b) = e.kind { split(a); split(b) } else { parts.append(e) }
        }
        split(predicate)
        return try parts.map { part in
            let expr = try expression(part, context: .predicate)
            return (expr, Compiler.slots(in: expr))
        }
    }

    static func slots(in e: BExpr) -> Set<Int> {
        switch e {
        case .slot(let s): [s]
        case .constant, .parameter, .countAll, .aggregate: []
        case .property(let b, _), .not(let b), .negate(let b), .isNull(let b, _): slots(in: b)
        case .index(let a, let b), .binary(_, let a, let b), .matches(let a, let b, _): slots(in: a).union(slots(in: b))
        case .call(_, let args), .list(let args): args.reduce(into: Set<Int>()) { $0.formUnion(slots(in: $1)) }
        case .exists(let plan): Set(plan.nodes.filter(\.boundBefore).map(\.slot))
        }
    }

    /// The paths of one MATCH: node and edge patterns with their constraints. A variable seen
    /// twice is one node; a variable bound by an earlier clause is checked, not searched.
    func pattern(_ paths: [Path], shortest: Bool, optional: Bool, range: SourceRange) throws -> PatternPlan {
        var plan = PatternPlan(nodes: [], edges: [], paths: [], conjuncts: [], shortest: shortest, optional: optional)
        var nodeIndex: [String: Int] = [:]
        var explicitKinds: Set<Int> = []
        var newNames: [(String, Variable)] = []
        let outer = scope

        func node(_ pattern: NodePattern) throws -> Int {
            var kinds = schema.allKinds
            if !pattern.kinds.isEmpty {
                var set = KindSet()
                for name in pattern.kinds {
                    guard let kindSet = schema.kindSet(named: name.text) else {
                        let names = schema.kinds.map(\.name) + schema.groups.keys.sorted()
                        throw Catalogue.unknownKind(name.text, range: name.range, suggestion: Suggestion.bestMatch(for: name.text, among: names))
                    }
                    set.formUnion(kindSet)
                }
                kinds = set
            }
            var nameFilter: BExpr?
            var properties: [(String, BExpr)] = []
            switch pattern.filter {
            case .name(let text)?: nameFilter = .constant(.string(text))
            case .parameter(let p)?:
                if let parameters, !parameters.contains(p.lowercased()) { throw Catalogue.unknownParameter(p, range: pattern.range) }
                nameFilter = .parameter(p.lowercased())
            case .properties(let map)?:
                for entry in map.entries {
                    let known = Compiler.nodeProperties + graph.nodePropertyKeys.sorted()
                    guard known.contains(where: { $0.lowercased() == entry.key.text.lowercased() }) else {
                        throw Catalogue.unknownProperty(entry.key.text, range: entry.key.range,
                                                        suggestion: Suggestion.bestMatch(for: entry.key.text, among: known))
                    }
                    properties.append((entry.key.text, try expression(entry.value, context: .plain)))
                }
            case nil: break
            }
            if let name = pattern.variable?.text.lowercased() {
                if let index = nodeIndex[name] {
                    plan.nodes[index].kinds.formIntersection(kinds)
                    if nameFilter != nil { plan.nodes[index].name = nameFilter }
                    plan.nodes[index].properties += properties
                    if !pattern.kinds.isEmpty { explicitKinds.insert(index) }
                    return index
                }
                if let existing = outer[name] {
                    guard case .node(let known) = existing.role else {
                        throw Catalogue.notANode(pattern.variable?.text ?? name, range: pattern.range, found: "not a node")
                    }
                    plan.nodes.append(PNode(slot: existing.slot, kinds: kinds.intersection(known), name: nameFilter,
                                            properties: properties, boundBefore: true, range: pattern.range))
                    nodeIndex[name] = plan.nodes.count - 1
                    if !pattern.kinds.isEmpty { explicitKinds.insert(plan.nodes.count - 1) }
                    return plan.nodes.count - 1
                }
            }
            let slot = newSlot()
            plan.nodes.append(PNode(slot: slot, kinds: kinds, name: nameFilter, properties: properties, boundBefore: false,
                                    range: pattern.range))
            let index = plan.nodes.count - 1
            if !pattern.kinds.isEmpty { explicitKinds.insert(index) }
            plan.newSlots.append(slot)
            if let variable = pattern.variable {
                nodeIndex[variable.text.lowercased()] = index
                newNames.append((variable.text.lowercased(), Variable(slot: slot, role: .node(kinds), range: variable.range)))
            } else {
                scope[" n\(slot)"] = Variable(slot: slot, role: .node(kinds), range: pattern.range)
            }
            return index
        }

        for path in paths {
            var pathNodes = [try node(path.start)]
            var pathEdges: [Int] = []
            for step in path.steps {
                let from = pathNodes[pathNodes.count - 1]
                let edgeIndex = try edge(step.edge, from: from, plan: &plan, newNames: &newNames, outer: outer)
                let to = try node(step.node)
                plan.edges[edgeIndex].to = to
                pathNodes.append(to)
                pathEdges.append(edgeIndex)
            }
            if let variable = path.variable {
                let slot = newSlot()
                plan.paths.append(PPath(slot: slot, nodes: pathNodes, edges: pathEdges))
                plan.newSlots.append(slot)
                newNames.append((variable.text.lowercased(), Variable(slot: slot, role: .path, range: variable.range)))
            }
        }
        for (name, variable) in newNames {
            scope[name] = variable
            dropped[name] = nil
        }
        try inferAndCheckSignatures(&plan, explicitKinds: explicitKinds)
        for (name, variable) in newNames {
            if case .node = variable.role, let index = plan.nodes.firstIndex(where: { $0.slot == variable.slot }) {
                scope[name]?.role = .node(plan.nodes[index].kinds)
            }
        }
        if shortest {
            let variableLength = plan.edges.filter { $0.hops != nil }
            let anchored = { (i: Int) in plan.nodes[i].boundBefore || plan.nodes[i].name != nil }
            guard paths.count == 1, variableLength.count == 1, plan.edges.count == 1,
                  let only = plan.edges.first, anchored(only.from), anchored(only.to)
            else { throw Catalogue.shortestMisuse(range) }
        }
        return plan
    }

    private func edge(_ pattern: EdgePattern, from: Int, plan: inout PatternPlan, newNames: inout [(String, Variable)],
                      outer: [String: Variable]) throws -> Int {
        var types: [TypeSelection]?
        var defined: DefinedRelation?
        if !pattern.types.isEmpty {
            var selections: [TypeSelection] = []
            for written in pattern.types {
                if let type = schema.relationType(named: written.name.text) {
                    selections.append(TypeSelection(type: type, negated: written.negated))
                } else if let relation = definitions.relations[written.name.text.lowercased()] {
                    guard pattern.types.count == 1, !written.negated else {
                        throw Catalogue.runtimeError("a defined relation cannot be combined with other types or NOT", range: written.range)
                    }
                    defined = relation
                } else if definitions.defining == written.name.text.lowercased() {
                    throw Catalogue.relationSelfReference(written.name.text, range: written.name.range)
                } else {
                    let names = schema.relationTypes.map(\.name) + definitions.relations.keys.sorted()
                    throw Catalogue.unknownRelationType(written.name.text, range: written.name.range,
                                                        suggestion: Suggestion.bestMatch(for: written.name.text, among: names))
                }
            }
            if defined == nil { types = selections }
        }
        var hops: ClosedRange<Int>?
        if let written = pattern.hops {
            let lower = written.lower ?? 1
            let upper = written.isRange ? (written.upper ?? 3) : (written.lower ?? 3)
            let finalLower = written.isRange || written.lower != nil ? lower : 1
            if upper > Compiler.hopCap { throw Catalogue.hopBoundOverCap(upper, range: written.range) }
            if finalLower > upper { throw Catalogue.runtimeError("the hop range is empty", range: written.range) }
            hops = finalLower...upper
        }
        var slot: Int?
        if let variable = pattern.variable {
            let name = variable.text.lowercased()
            if pattern.types.isEmpty, let type = schema.relationType(named: variable.text) {
                throw Catalogue.typeAsVariable(variable.text, type: schema.relationType(type).name, range: variable.range)
            }
            if outer[name] != nil || newNames.contains(where: { $0.0 == name }) {
                throw Catalogue.alreadyBound(variable.text, range: variable.range)
            }
            let newSlot = self.newSlot()
            slot = newSlot
            plan.newSlots.append(newSlot)
            newNames.append((name, Variable(slot: newSlot, role: hops == nil ? .edge : .value, range: variable.range)))
        }
        var properties: [(String, BExpr)] = []
        for entry in pattern.properties?.entries ?? [] {
            let known = Compiler.edgeProperties + graph.edgePropertyKeys.sorted()
            guard known.contains(where: { $0.lowercased() == entry.key.text.lowercased() }) else {
                throw Catalogue.unknownProperty(entry.key.text, range: entry.key.range,
                                                suggestion: Suggestion.bestMatch(for: entry.key.text, among: known))
            }
            properties.append((entry.key.text, try expression(entry.value, context: .plain)))
        }
        plan.edges.append(PEdge(slot: slot, from: from, to: from, direction: pattern.direction, types: types, hops: hops,
                                properties: properties, defined: defined, range: pattern.range))
        return plan.edges.count - 1
    }

    /// Narrows the kinds of unlabelled nodes from the signatures of single-hop typed edges, and
    /// rejects an edge whose types can never connect its ends (E104).
    private func inferAndCheckSignatures(_ plan: inout PatternPlan, explicitKinds: Set<Int>) throws {
        for edge in plan.edges where edge.hops == nil {
            guard let selections = edge.types else { continue }
            var subjects = KindSet(), objects = KindSet()
            var fits = false
            for selection in Set(selections.map(\.type)) {
                let info = schema.relationType(selection)
                let a = plan.nodes[edge.from].kinds, b = plan.nodes[edge.to].kinds
                let forward = edge.direction != .incoming || info.symmetric
                let backward = edge.direction != .outgoing || info.symmetric
                if forward && !info.subjectKinds.intersection(a).isEmpty && !info.objectKinds.intersection(b).isEmpty {
                    fits = true
                    subjects.formUnion(info.subjectKinds)
                    objects.formUnion(info.objectKinds)
                }
                if backward && !info.objectKinds.intersection(a).isEmpty && !info.subjectKinds.intersection(b).isEmpty {
                    fits = true
                    subjects.formUnion(info.objectKinds)
                    objects.formUnion(info.subjectKinds)
                }
            }
            guard fits else {
                let first = schema.relationType(selections[0].type)
                let a = schema.describe(plan.nodes[edge.from].kinds), b = schema.describe(plan.nodes[edge.to].kinds)
                throw Catalogue.impossibleEdge(
                    type: first.name, subject: a, object: b, range: edge.range,
                    signature: "\(schema.describe(first.subjectKinds)) → \(schema.describe(first.objectKinds))")
            }
            if !plan.nodes[edge.from].boundBefore && !explicitKinds.contains(edge.from) {
                plan.nodes[edge.from].kinds.formIntersection(subjects)
            }
            if !plan.nodes[edge.to].boundBefore && !explicitKinds.contains(edge.to) {
                plan.nodes[edge.to].kinds.formIntersection(objects)
            }
        }
    }
}

/// What a session has defined: queries for RUN, relations usable as edge types.
final class Definitions: @unchecked Sendable {
    var queries: [String: (statement: DefineQuery, source: SourceText)] = [:]
    var relations: [String: DefinedRelation] = [:]
    /// The DEFINE RELATION statements in the order they were made, to compile them again on
    /// another graph (the shell reloads after `.ingest` and `.import`).
    var relationStatements: [(statement: DefineRelation, source: SourceText)] = []

    /// Keeps `relation`, compiled from `statement`, replacing one of the same name; the statements
    /// stay in the order they were defined (a reloaded session compiles them again in that order).
    func add(_ relation: DefinedRelation, statement: DefineRelation, source: SourceText) {
        let name = statement.name.text.lowercased()
        relations[name] = relation
        relationStatements.removeAll { $0.statement.name.text.lowercased() == name }
        relationStatements.append((statement, source))
    }
    /// The relation being defined, to catch a definition that uses itself.
    var defining: String?
}

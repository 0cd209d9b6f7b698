// The bound forms the compiler produces: expressions with resolved slots, patterns, projections.
import WeftModel
import WeftQuery

/// A function the engine knows; aggregates are handled by projections.
enum Function: String, CaseIterable {
    case id, kind, type, names, degree, length, nodes, rels, cite, fold, lower, upper, trim, toString
    case coalesce, size, date, year, month
    static let aggregates: Set<String> = ["count", "sum", "avg", "min", "max", "collect"]
}

enum Aggregate: String {
    case count, sum, avg, min, max, collect
}

indirect enum BExpr {
    case constant(RValue)
    case slot(Int)
    case parameter(String)
    case property(BExpr, String)
    case index(BExpr, BExpr)
    case call(Function, [BExpr])
    case countAll
    /// The value of the projection's k-th aggregate.
    case aggregate(Int)
    case list([BExpr])
    case exists(PatternPlan)
    case not(BExpr)
    case negate(BExpr)
    case binary(BinaryOperator, BExpr, BExpr)
    case isNull(BExpr, negated: Bool)
    /// `x ~= pattern`: `nameOnly` for `x.name ~= …`.
    case matches(BExpr, BExpr, nameOnly: Bool)
}

struct AggregateSpec {
    let function: Aggregate
    let argument: BExpr?
    let distinct: Bool
}

/// A relation type selected by an edge pattern; `negated` selects the negated claims.
struct TypeSelection: Hashable {
    let type: RelationTypeID
    let negated: Bool
}

struct PNode {
    var slot: Int
    var kinds: KindSet
    /// A fold pattern (`*` wildcards) the name or an alias must match.
    var name: BExpr?
    var properties: [(String, BExpr)]
    /// Bound by an earlier clause: this MATCH checks it instead of finding it.
    var boundBefore: Bool
    var range: SourceRange
}

struct PEdge {
    var slot: Int?
    var from: Int
    var to: Int
    var direction: EdgePattern.Direction
    /// nil: any type, negated or not.
    var types: [TypeSelection]?
    var hops: ClosedRange<Int>?
    var properties: [(String, BExpr)]
    /// A DEFINE RELATION used as the edge's type.
    var defined: DefinedRelation?
    var range: SourceRange
}

struct PPath {
    var slot: Int
    var nodes: [Int]
    var edges: [Int]
}

/// One MATCH (or EXISTS) pattern, ready to run: what to find and in which order.
struct PatternPlan {
    var nodes: [PNode]
    var edges: [PEdge]
    var paths: [PPath]
    var conjuncts: [(expr: BExpr, slots: Set<Int>)]
    var shortest: Bool
    var optional: Bool
    var steps: [Step] = []
    var estimates: [Double] = []
    var notes: [String] = []
    var newSlots: [Int] = []

    enum Step {
        case node(Int)
        case edge(Int, forward: Bool)
        case filter(Int)
    }
}

struct ProjectionItem {
    let name: String
    let expr: BExpr
    let slot: Int
}

struct ProjectionPlan {
    var items: [ProjectionItem]
    var aggregates: [AggregateSpec]
    var distinct: Bool
    var order: [(BExpr, descending: Bool)]
    var skip: Int?
    var limit: Int?
    var predicate: BExpr?
    var isAggregating: Bool { !aggregates.isEmpty }
}

enum Operation {
    /// Rows known before running (the statistics pass), with a note for EXPLAIN.
    case rows([Row], note: String)
    case match(PatternPlan)
    case unwind(BExpr, slot: Int)
    case project(ProjectionPlan)
}

/// A compiled query: operations over rows of `slotCount` values, and the output columns.
struct CompiledQuery {
    var operations: [Operation]
    var columns: [String]
    var outputSlots: [Int]
    var slotCount: Int
}

/// `DEFINE RELATION name(a, b) AS path [WHERE …]`, compiled once, expanded per use.
final class DefinedRelation: @unchecked Sendable {
    let name: String
    let subjectSlot: Int
    let objectSlot: Int
    let slotCount: Int
    /// The pattern planned once for each way it is walked: from the subject (forward) and from the
    /// object, so a variable-length walk does not re-plan it at every hop.
    let forward: PatternPlan
    let backward: PatternPlan

    init(name: String, pattern: PatternPlan, subjectSlot: Int, objectSlot: Int, slotCount: Int, graph: GraphSource) {
        self.name = name
        self.subjectSlot = subjectSlot
        self.objectSlot = objectSlot
        self.slotCount = slotCount
        func planned(from bound: Int) -> PatternPlan {
            var plan = pattern
            for i in plan.nodes.indices where plan.nodes[i].slot == bound { plan.nodes[i].boundBefore = true }
            Planner.plan(&plan, graph: graph, optimize: true)
            return plan
        }
        forward = planned(from: subjectSlot)
        backward = planned(from: objectSlot)
    }
}

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
    /// The name filter applies to the name alone, not the aliases (`WHERE x.name ~= …`).
    var nameOnly = false
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
    /// Pass "hash join": the part found from a second anchor, looked up where it meets the rest.
    var hashJoin: HashJoinPlan?
    /// Pass "distinct push-down": the pattern is walked as sets of nodes, one row per distinct
    /// pair of ends (see DistinctPass).
    var distinctChain: DistinctChain?

    enum Step {
        case node(Int)
        case edge(Int, forward: Bool)
        case filter(Int)
        /// Looks the row's meeting node up in the hash join's table and binds the built side.
        case probe
    }
}

/// A hash join inside one pattern: `buildSteps` find the rows of the build side from its own
/// anchor — once per MATCH, or once per input row when they read it (`readsRow`) — kept in a
/// table by the node `meet` where they join the probe side.
struct HashJoinPlan {
    var buildSteps: [PatternPlan.Step]
    var buildEstimates: [Double]
    var buildNotes: [String]
    /// Node index both sides bind.
    var meet: Int
    /// Nodes of the build side other than the meeting node.
    var buildNodes: [Int]
    /// Edge indexes of the build side.
    var buildEdges: [Int]
    /// Estimated rows of the build side, and of the join.
    var buildRows: Double
    /// Whether the build side reads the input row (a variable bound before, in a name, a property
    /// or as the meeting node): if not, one table serves every input row.
    var readsRow: Bool
}

/// A chain `n0 -e1- n1 … -ek- nk` walked as frontier sets: for each start node, the set of nodes
/// reachable at each position, then one row per (start, end) that passes the filters.
struct DistinctChain {
    /// Node indexes along the chain, start first.
    var nodes: [Int]
    /// Edge indexes along the chain, each walked forward (from → to) or not.
    var edges: [(index: Int, forward: Bool)]
    /// Conjuncts checked at chain position k (after the node there is found), by position.
    var filtersAt: [[Int]]
    /// Two edges can bind the same claim only if the chain's ends are the same node (k = 2 with
    /// overlapping types): such end == start results are checked for a second, distinct claim.
    var checkSameClaim: Bool
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

// The query engine (binder, planner, evaluator) arrives with issue #4; it will see graphs only
// through WeftModel.GraphSource. This file exists so the target, and the layering, exist now.
import WeftModel
import WeftQuery

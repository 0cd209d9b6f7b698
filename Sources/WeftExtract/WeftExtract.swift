// The Vietnamese extraction pipeline (normalise → sentences → tokens → mentions → references →
// acts → claims) arrives with issue #6. This file exists so the target, and the layering, exist now.
import WeftModel

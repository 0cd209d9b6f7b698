// DOT and N-Triples writers arrive with issue #7; they will depend on WeftModel only.
import WeftModel

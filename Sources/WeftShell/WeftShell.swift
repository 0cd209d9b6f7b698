// The input loop, meta-commands and result formatting arrive with issue #5; no terminal, no C here.
import WeftModel

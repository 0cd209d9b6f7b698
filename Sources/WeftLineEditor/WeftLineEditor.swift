// The libedit line source arrives with issue #5; this is the only target that imports CLibEdit.
import CLibEdit
import WeftShell

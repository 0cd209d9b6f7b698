// The system libedit for Swift. el_set, el_get and history are C variadics, which Swift cannot
// call, so each use gets a fixed-argument static inline wrapper here. The REPL issue adds the
// wrappers it needs; stdin/stdout/stderr stay on the C side (el_init is wrapped for that).
#ifndef WEFT_CLIBEDIT_SHIM_H
#define WEFT_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>

static inline EditLine *weft_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

#endif

// The system libedit for Swift. el_set, el_get and history are C variadics, which Swift cannot
// call, so each use gets a fixed-argument static inline wrapper here. stdin/stdout/stderr stay on
// the C side (el_init is wrapped for that).
#ifndef WEFT_CLIBEDIT_SHIM_H
#define WEFT_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <histedit.h>

static inline EditLine *weft_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

typedef char *(*weft_prompt_fn)(EditLine *);
typedef unsigned char (*weft_command_fn)(EditLine *, int);

static inline int weft_el_set_prompt(EditLine *el, weft_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int weft_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int weft_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int weft_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int weft_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *weft_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int weft_el_add_function(EditLine *el, const char *name, const char *help, weft_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int weft_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

static inline int weft_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}
static inline int weft_history_unique(History *h) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, 1);
}
static inline int weft_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int weft_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
static inline int weft_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}
/// Every entry, newest first, through `each`; stops when `each` returns 0.
static inline void weft_history_each(History *h, void *context, int (*each)(void *, const char *)) {
    HistEvent event;
    for (int found = history(h, &event, H_FIRST); found == 0; found = history(h, &event, H_NEXT)) {
        if (!each(context, event.str)) break;
    }
}

/// libedit drops non-ASCII input unless the locale's codeset is UTF-8, even when LANG is unset.
static inline void weft_setup_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0 && strcmp(codeset, "utf8") != 0)) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
}

#endif

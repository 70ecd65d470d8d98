// Fixed-arity wrappers for libedit's variadic el_set/el_get/history, which Swift cannot call,
// and accessors for the C standard streams (Swift 6 rejects glibc's mutable globals).
#ifndef TUNESMITH_CEDITLINE_SHIM_H
#define TUNESMITH_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <stdio.h>

// glibc declares wcwidth only under _XOPEN_SOURCE; libedit measures columns with it too.
extern int wcwidth(wchar_t c);
static inline int shim_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stderr(void) { return stderr; }

static inline int shim_set_prompt(EditLine *e, char *(*f)(EditLine *), char esc) {
    return el_set(e, EL_PROMPT_ESC, f, esc);
}
static inline int shim_set_rprompt(EditLine *e, char *(*f)(EditLine *), char esc) {
    return el_set(e, EL_RPROMPT_ESC, f, esc);
}
static inline int shim_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int shim_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int shim_set_editmode(EditLine *e, int on) { return el_set(e, EL_EDITMODE, on); }
static inline int shim_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *shim_get_clientdata(EditLine *e) {
    void *data = NULL;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}
static inline int shim_add_function(EditLine *e, const char *name, const char *help, unsigned char (*f)(EditLine *, int)) {
    return el_set(e, EL_ADDFN, name, help, f);
}
static inline int shim_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, NULL);
}
/// Fixes a tty mode for edit mode, e.g. "-isig" (Ctrl-C then arrives as a key, not a signal).
static inline int shim_settty(EditLine *e, const char *mode) { return el_set(e, EL_SETTY, "-d", mode, NULL); }
/// The terminal's width as libedit knows it (it follows resizes), else 80.
static inline int shim_columns(EditLine *e) {
    int columns = 0;
    if (el_get(e, EL_GETTC, "co", &columns) != 0 || columns <= 0) return 80;
    return columns;
}
static inline int shim_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }

static inline int shim_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int shim_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int shim_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int shim_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int shim_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif

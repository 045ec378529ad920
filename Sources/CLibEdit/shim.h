#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>

/* el_set, el_get and history are C-variadic, which Swift cannot call: these non-variadic
   wrappers are what Swift uses instead. Bindings and terminal queries need their NULL sentinel. */

typedef char *(*clibedit_prompt_fn)(EditLine *);
typedef unsigned char (*clibedit_command_fn)(EditLine *, int);

static inline EditLine *clibedit_init_stdio(const char *program) { return el_init(program, stdin, stdout, stderr); }
static inline int clibedit_set_prompt_esc(EditLine *el, clibedit_prompt_fn fn, char delimiter) {
    return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}
static inline int clibedit_set_rprompt_esc(EditLine *el, clibedit_prompt_fn fn, char delimiter) {
    return el_set(el, EL_RPROMPT_ESC, fn, delimiter);
}
static inline int clibedit_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int clibedit_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int clibedit_set_editmode(EditLine *el, int on) { return el_set(el, EL_EDITMODE, on); }
static inline int clibedit_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int clibedit_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *clibedit_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int clibedit_add_function(EditLine *el, const char *name, const char *help, clibedit_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int clibedit_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
typedef int (*clibedit_getc_fn)(EditLine *, wchar_t *);
/* Replaces how libedit reads a character, so a Ctrl-C delivered to another thread of the
   process can still end the read. */
static inline int clibedit_set_getc(EditLine *el, clibedit_getc_fn fn) { return el_set(el, EL_GETCFN, fn); }

static inline int clibedit_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, (void *)NULL) != 0) return -1;
    return columns;
}

static inline int clibedit_history_setsize(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int clibedit_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int clibedit_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int clibedit_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int clibedit_history_save(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_SAVE, path); }
static inline int clibedit_history_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int clibedit_history_next(History *h, HistEvent *ev) { return history(h, ev, H_NEXT); }
static inline int clibedit_history_delete(History *h, HistEvent *ev, int num) { return history(h, ev, H_DEL, num); }

#endif

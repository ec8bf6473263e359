// A thin shim over GNU readline: Swift 6 cannot touch readline's mutable
// globals, so the few the shell needs are set through these setters.
#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Names the program for ~/.inputrc conditionals.
static inline void recall_rl_set_name(const char *name) { rl_readline_name = name; }

/// Installs the function readline calls to complete a word.
static inline void recall_rl_set_completion(rl_completion_func_t *fn) {
  rl_attempted_completion_function = fn;
}

/// Stops readline from falling back to file-name completion.
static inline void recall_rl_set_attempted_completion_over(int over) {
  rl_attempted_completion_over = over;
}

/// The characters that separate words for completion.
static inline void recall_rl_set_word_break_characters(const char *chars) {
  rl_basic_word_break_characters = (char *)chars;
}

/// Lets the program handle SIGINT itself instead of readline's handlers.
static inline void recall_rl_set_catch_signals(int on) { rl_catch_signals = on; }

/// The whole line typed so far, for completion that depends on earlier words.
static inline const char *recall_rl_line_buffer(void) { return rl_line_buffer; }

/// Discards the line being edited (after Ctrl-C) and redraws an empty prompt.
static inline void recall_rl_reset_line(void) {
  rl_replace_line("", 0);
  rl_crlf();
  rl_on_new_line();
  rl_redisplay();
}

/// Interrupts a pending readline() call so it returns (used from a SIGINT handler).
static inline void recall_rl_set_done(int done) { rl_done = done; }

#endif

// A thin shim over GNU readline: Swift 6 cannot touch readline's mutable
// globals, so the few the shell needs are set through these setters.
#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H

#include <stdio.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/select.h>
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

/* Ctrl-C while reading: set by the SIGINT handler, read by recall_readline. */
static volatile sig_atomic_t recall_interrupted_flag = 0;
static char *recall_line_result = NULL;
static int recall_line_done = 0;

static void recall_on_sigint(int signal_number) {
  (void)signal_number;
  recall_interrupted_flag = 1;
}

static void recall_on_line(char *line) {
  recall_line_result = line;
  recall_line_done = 1;
  rl_callback_handler_remove();
}

/// Makes Ctrl-C a request to cancel the current line instead of the end of the program.
static inline void recall_install_sigint_handler(void) {
  struct sigaction action;
  action.sa_handler = recall_on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; /* no SA_RESTART: select() returns at once */
  sigaction(SIGINT, &action, NULL);
  /* A parent may have left SIGINT blocked (a test runner, a supervisor): unblock it. */
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
  rl_catch_signals = 0;
}

/// Reads a line through readline's callback interface so that Ctrl-C cancels it.
/// Returns the line (free it), or NULL: at end of input (*interrupted == 0) or after Ctrl-C
/// (*interrupted == 1).
static inline char *recall_readline(const char *prompt, int *interrupted) {
  int fd = fileno(rl_instream ? rl_instream : stdin);
  *interrupted = 0;
  /* A Ctrl-C pressed while the card was being drawn still counts: the flag is not reset here. */
  recall_line_done = 0;
  recall_line_result = NULL;
  rl_callback_handler_install(prompt, recall_on_line);
  while (!recall_line_done) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    int ready = select(fd + 1, &readable, NULL, NULL, NULL);
    if (recall_interrupted_flag) {
      recall_interrupted_flag = 0;
      fputs("\n", rl_outstream ? rl_outstream : stdout);
      fflush(rl_outstream ? rl_outstream : stdout);
      rl_free_line_state();
      rl_callback_sigcleanup();
      rl_cleanup_after_signal();
      rl_callback_handler_remove();
      *interrupted = 1;
      return NULL;
    }
    if (ready < 0) {
      if (errno == EINTR) continue;
      rl_callback_handler_remove();
      return NULL;
    }
    if (FD_ISSET(fd, &readable)) rl_callback_read_char();
  }
  return recall_line_result;
}

#endif

#ifndef CASEBOOK_GIT2_LOADER_INTERNAL_H
#define CASEBOOK_GIT2_LOADER_INTERNAL_H

#include <git2.h>

/// One pointer per libgit2 function casebook calls, filled when the library is loaded.
struct casebook_git2_functions {
#define CASEBOOK_GIT2(name) __typeof__(name) *name;
#include "git2_functions.h"
#undef CASEBOOK_GIT2
};

extern struct casebook_git2_functions casebook_git2;
extern int casebook_git2_loaded;

/// Loads libgit2 if nothing has yet; a process that cannot load it stops with a message (the git layer
/// loads it, and reports failure as an error, before it calls any libgit2 function).
void casebook_git2_require(void);

#define CASEBOOK_GIT2_READY()                                                  \
  do {                                                                         \
    if (__builtin_expect(!__atomic_load_n(&casebook_git2_loaded, __ATOMIC_ACQUIRE), 0)) \
      casebook_git2_require();                                                 \
  } while (0)

#endif

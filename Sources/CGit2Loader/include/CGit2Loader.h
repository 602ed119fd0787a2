#ifndef CASEBOOK_GIT2_LOADER_H
#define CASEBOOK_GIT2_LOADER_H

#include <stddef.h>
#include <sys/types.h>

/// The file name of the libgit2 casebook was built against (`libgit2.so.1.5`).
const char *casebook_git2_library_name(void);

/// Loads libgit2 from `library` (a file name the dynamic loader searches for, or a path) unless it is
/// loaded already. Returns 0, or -1 with the loader's reason in `error`. A library that cannot be opened is
/// reported even when libgit2 is loaded already, so the answer depends only on `library`.
int casebook_git2_load(const char *library, char *error, size_t error_size);

/// Sets libgit2's pack window size, mapped-memory limit and object cache size (`git_libgit2_opts` is variadic,
/// which Swift cannot call). Returns libgit2's code.
int casebook_git_set_memory_limits(size_t window_size, size_t mapped_limit, ssize_t cache_size);

/// Sets the most objects a fetched pack may announce. Returns libgit2's code.
int casebook_git_set_pack_max_objects(size_t objects);

#endif

#include <git2.h>

/// `git_libgit2_opts` is variadic, which Swift cannot call: fixed-argument wrappers for the options casebook sets.
static inline int casebook_git_set_memory_limits(size_t window_size, size_t mapped_limit, ssize_t cache_size) {
  int code = git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, window_size);
  if (code < 0) return code;
  code = git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, mapped_limit);
  if (code < 0) return code;
  return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, cache_size);
}

/// The most objects a fetched pack may announce; libgit2 refuses a larger pack before allocating for it.
static inline int casebook_git_set_pack_max_objects(size_t objects) {
  return git_libgit2_opts(GIT_OPT_SET_PACK_MAX_OBJECTS, objects);
}

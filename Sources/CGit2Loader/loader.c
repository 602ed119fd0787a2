#include "CGit2Loader.h"
#include "loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct casebook_git2_functions casebook_git2;
int casebook_git2_loaded;

static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

const char *casebook_git2_library_name(void) {
  return "libgit2.so." LIBGIT2_SOVERSION;
}

static void describe(char *error, size_t error_size, const char *reason) {
  if (error_size == 0) return;
  snprintf(error, error_size, "%s", reason ? reason : "unknown reason");
}

int casebook_git2_load(const char *library, char *error, size_t error_size) {
  pthread_mutex_lock(&load_lock);
  void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) {
    describe(error, error_size, dlerror());
    pthread_mutex_unlock(&load_lock);
    return -1;
  }
  if (casebook_git2_loaded) {
    dlclose(handle);
    pthread_mutex_unlock(&load_lock);
    return 0;
  }
  struct casebook_git2_functions functions;
#define CASEBOOK_GIT2(name)                                                    \
  functions.name = (__typeof__(name) *)dlsym(handle, #name);                   \
  if (functions.name == NULL) {                                                \
    describe(error, error_size, dlerror());                                    \
    dlclose(handle);                                                           \
    pthread_mutex_unlock(&load_lock);                                          \
    return -1;                                                                 \
  }
#include "git2_functions.h"
#undef CASEBOOK_GIT2
  casebook_git2 = functions;
  // Wrappers read the pointers only after they see this flag (acquire), so they never see a half-filled table.
  __atomic_store_n(&casebook_git2_loaded, 1, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&load_lock);
  return 0;
}

void casebook_git2_require(void) {
  char reason[512];
  if (casebook_git2_load(casebook_git2_library_name(), reason, sizeof reason) == 0) return;
  fprintf(stderr, "casebook: cannot load %s: %s\n", casebook_git2_library_name(), reason);
  abort();
}

int casebook_git_set_memory_limits(size_t window_size, size_t mapped_limit, ssize_t cache_size) {
  CASEBOOK_GIT2_READY();
  int code = casebook_git2.git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, window_size);
  if (code < 0) return code;
  code = casebook_git2.git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, mapped_limit);
  if (code < 0) return code;
  return casebook_git2.git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, cache_size);
}

int casebook_git_set_pack_max_objects(size_t objects) {
  CASEBOOK_GIT2_READY();
  return casebook_git2.git_libgit2_opts(GIT_OPT_SET_PACK_MAX_OBJECTS, objects);
}

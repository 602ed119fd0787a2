/*
 * read_parse: the practical limit for `casebook validate --rev`.
 *
 * Reads every blob under cases/ and schema/ of a revision with libgit2 (tree walk + blob lookup) and runs
 * libyaml's event parser over each .yaml/.json file (no tree is built, nothing is validated). Prints the
 * number of files, bytes and events, so the work cannot be optimised away.
 *
 *   read_parse [-j THREADS] REPOSITORY [REVISION]
 *
 * Without -j (or with -j 1) it is a plain single-threaded loop: the reference the benchmark compares
 * against. With -j N the blobs are split over N threads, each with its own repository handle.
 */
#include <git2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct file {
  git_oid id;
};

struct list {
  struct file *files;
  size_t count, capacity;
};

struct job {
  const char *repository_path;
  const struct list *list;
  size_t first, step;
  unsigned long long bytes, events, failures;
};

static void check(int code, const char *function) {
  if (code < 0) {
    const git_error *error = git_error_last();
    fprintf(stderr, "read_parse: %s failed: %s\n", function, error ? error->message : "unknown error");
    exit(2);
  }
}

static int ends_with(const char *text, const char *suffix) {
  size_t length = strlen(text), suffix_length = strlen(suffix);
  return length >= suffix_length && strcmp(text + length - suffix_length, suffix) == 0;
}

static int collect(const char *root, const git_tree_entry *entry, void *payload) {
  struct list *list = payload;
  if (strncmp(root, "cases/", 6) != 0 && strncmp(root, "schema/", 7) != 0) {
    /* Descend only into cases/ and schema/ at the top level. */
    if (root[0] == '\0' && git_tree_entry_type(entry) == GIT_OBJECT_TREE) {
      const char *name = git_tree_entry_name(entry);
      return strcmp(name, "cases") == 0 || strcmp(name, "schema") == 0 ? 0 : 1;
    }
    return 0;
  }
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
  const char *name = git_tree_entry_name(entry);
  if (!ends_with(name, ".yaml") && !ends_with(name, ".json")) return 0;
  if (list->count == list->capacity) {
    list->capacity = list->capacity ? list->capacity * 2 : 1024;
    list->files = realloc(list->files, list->capacity * sizeof *list->files);
    if (!list->files) exit(2);
  }
  git_oid_cpy(&list->files[list->count++].id, git_tree_entry_id(entry));
  return 0;
}

/* Parses one document with libyaml's event API; returns the number of events, or -1 on a syntax error. */
static long long parse(const unsigned char *bytes, size_t size) {
  yaml_parser_t parser;
  yaml_event_t event;
  long long events = 0;
  if (!yaml_parser_initialize(&parser)) exit(2);
  yaml_parser_set_input_string(&parser, bytes, size);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) {
      events = -1;
      break;
    }
    events++;
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) break;
  }
  yaml_parser_delete(&parser);
  return events;
}

static void *run(void *argument) {
  struct job *job = argument;
  git_repository *repository;
  check(git_repository_open_bare(&repository, job->repository_path), "git_repository_open_bare");
  for (size_t index = job->first; index < job->list->count; index += job->step) {
    git_blob *blob;
    check(git_blob_lookup(&blob, repository, &job->list->files[index].id), "git_blob_lookup");
    size_t size = (size_t)git_blob_rawsize(blob);
    long long events = parse(git_blob_rawcontent(blob), size);
    if (events < 0) job->failures++; else job->events += (unsigned long long)events;
    job->bytes += size;
    git_blob_free(blob);
  }
  git_repository_free(repository);
  return NULL;
}

int main(int argc, char **argv) {
  int threads = 1, next = 1;
  if (argc > 2 && strcmp(argv[1], "-j") == 0) {
    threads = atoi(argv[2]);
    next = 3;
  }
  if (threads < 1 || argc - next < 1 || argc - next > 2) {
    fprintf(stderr, "usage: read_parse [-j THREADS] REPOSITORY [REVISION]\n");
    return 64;
  }
  const char *path = argv[next];
  const char *revision = argc - next == 2 ? argv[next + 1] : "HEAD";
  git_libgit2_init();

  git_repository *repository;
  check(git_repository_open_ext(&repository, path, 0, NULL), "git_repository_open_ext");
  git_object *commit;
  check(git_revparse_single(&commit, repository, revision), "git_revparse_single");
  git_tree *tree;
  check(git_commit_tree(&tree, (git_commit *)commit), "git_commit_tree");
  struct list list = {0};
  check(git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &list), "git_tree_walk");
  const char *git_directory = git_repository_path(repository);

  struct job *jobs = calloc((size_t)threads, sizeof *jobs);
  pthread_t *handles = calloc((size_t)threads, sizeof *handles);
  for (int index = 0; index < threads; index++) {
    jobs[index] = (struct job){git_directory, &list, (size_t)index, (size_t)threads, 0, 0, 0};
  }
  if (threads == 1) {
    run(&jobs[0]);
  } else {
    for (int index = 0; index < threads; index++) pthread_create(&handles[index], NULL, run, &jobs[index]);
    for (int index = 0; index < threads; index++) pthread_join(handles[index], NULL);
  }
  unsigned long long bytes = 0, events = 0, failures = 0;
  for (int index = 0; index < threads; index++) {
    bytes += jobs[index].bytes;
    events += jobs[index].events;
    failures += jobs[index].failures;
  }
  printf("files %zu bytes %llu events %llu failures %llu threads %d\n", list.count, bytes, events, failures,
         threads);
  git_tree_free(tree);
  git_object_free(commit);
  git_repository_free(repository);
  free(list.files);
  free(jobs);
  free(handles);
  git_libgit2_shutdown();
  return failures ? 1 : 0;
}

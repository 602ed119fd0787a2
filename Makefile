# casebook — build, run and test. Every target first installs missing system packages (Debian/Ubuntu).
SWIFT        ?= swift
APT_PACKAGES := pkg-config libgit2-dev libyaml-dev libsqlite3-dev zlib1g-dev time
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN  := .build/release/casebook
DEBUG_BIN    := .build/debug/casebook

.PHONY: all deps build release run test test-tools test-venv test-browser bench bench-deps test-asan fuzz clean help embed

all: build

help:
	@echo "make run    build (release) and validate this repository's own catalogue"
	@echo "make test   run the test suite, validate this repository's own catalogue, then the browser tests"
	@echo "make test-tools  install the CI-template linters the tests run (zizmor, actionlint) into .build/test-venv"
	@echo "make test-browser  the site in headless Chromium (Selenium, axe-core) and Firefox ESR"
	@echo "make build  debug build; make release: release build"
	@echo "make bench  benchmark on generated catalogues against peers; writes bench/results.md (BENCH_ARGS=...)"
	@echo "make embed  regenerate the files built into the binary (after changing schema/, templates/, Pages/Assets/ or the shared metaschema)"
	@echo "make fuzz   fuzz the file checks for FUZZ_SECONDS (default 60); fails on any finding"
	@echo "make test-asan  the test suite under AddressSanitizer, then ThreadSanitizer"

# Installs those of the Debian packages $(1) that are missing (through sudo when not root).
define install-missing
	@missing=""; \
	for package in $(1); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

# Installs the C libraries casebook links against, only when one is missing.
deps:
	$(call install-missing,$(APT_PACKAGES))

build: deps
	$(SWIFT) build

# The Swift runtime is linked in statically: the binary runs without a Swift toolchain, starts about 10 ms
# sooner and uses about 6 MB less memory (measured in bench/results.md).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# The main job: validate the reference catalogue in this repository.
run: release
	$(RELEASE_BIN) validate

# Python tools that tests use to read casebook's outputs the way people's tools do: datasette serves the SQLite
# export, openpyxl reads the xlsx export. Test-only, in a venv of their own under .build (never committed); the
# tests find it through CASEBOOK_TEST_PYTHON and fail when it is set but broken (without it they use this venv
# when it is there, and skip those checks with a note when it is not).
DATA_VENV    := .build/data-venv
DATA_PYTHON  := $(DATA_VENV)/bin/python
DATA_PIP     := datasette==0.65.5 openpyxl==3.1.5

# The stamp is written only once every package installed, so an interrupted install is tried again.
$(DATA_VENV)/installed: Makefile
	$(call install-missing,python3 python3-venv)
	python3 -m venv $(DATA_VENV)
	$(DATA_PYTHON) -m pip install --quiet --disable-pip-version-check $(DATA_PIP)
	echo "$(DATA_PIP)" > $@

test-venv: $(DATA_VENV)/installed

test: deps test-tools test-venv
	CASEBOOK_TEST_PYTHON=$(CURDIR)/$(DATA_PYTHON) $(SWIFT) test
	$(DEBUG_BIN) validate
	$(MAKE) test-browser

# The site in real browsers (Tests/Browser/site_browser_test.py): headless Chromium driven by Selenium, axe-core,
# and Firefox ESR screenshots. Selenium and axe-core go into a test-only virtual environment (git-ignored).
BROWSER_APT  := chromium chromium-driver firefox-esr python3-venv
BROWSER_VENV := Tests/Browser/.venv

test-browser: deps
	$(call install-missing,$(BROWSER_APT))
	scripts/browser-venv $(BROWSER_VENV)
	$(SWIFT) build
	$(BROWSER_VENV)/bin/python Tests/Browser/site_browser_test.py --casebook $(DEBUG_BIN) --repository $(CURDIR)

# Linters the tests run over the CI templates (zizmor, actionlint with shellcheck), pinned with hashes in
# Tests/lint-requirements.txt, in a venv of their own under .build (never committed). The tests find them
# there; CASEBOOK_TEST_VENV names another venv.
TEST_APT   := python3 python3-venv
TEST_VENV  := .build/test-venv
TEST_TOOLS := $(TEST_VENV)/.installed

test-tools: $(TEST_TOOLS)

$(TEST_TOOLS): Tests/lint-requirements.txt
	$(call install-missing,$(TEST_APT))
	python3 -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/pip install --quiet --disable-pip-version-check --only-binary :all: --require-hashes \
	  -r Tests/lint-requirements.txt
	touch $@

# The benchmark (not part of `make test`): a separate SwiftPM package in bench/, a C peer built here, and the
# Python peers installed by the harness into bench/.venv. BENCH_ARGS passes options, e.g. --sizes 1000,10000.
BENCH_APT   := gcc git python3 python3-venv chromium chromium-driver
BENCH_ARGS  ?=
READ_PARSE  := bench/.build/read_parse

bench-deps: deps
	$(call install-missing,$(BENCH_APT))

bench: bench-deps release
	mkdir -p bench/.build
	gcc -O2 -Wall -Wextra -o $(READ_PARSE) bench/c/read_parse.c $$(pkg-config --cflags --libs libgit2 yaml-0.1) -lpthread
	cd bench && $(SWIFT) build -c release
	bench/.build/release/casebook-bench --bench $(CURDIR)/bench --casebook $(CURDIR)/$(RELEASE_BIN) \
	  --read-parse $(CURDIR)/$(READ_PARSE) $(BENCH_ARGS)

# Hostile input. The fuzz target is rebuilt when a library source changes (Fuzz/build.sh explains why it
# is not a SwiftPM product); Fuzz/run.sh runs it with a seed corpus drawn from the catalogue.
FUZZ_SECONDS ?= 60
FUZZ_BIN     := .build-fuzz/casebook-fuzz
FUZZ_SOURCES := $(shell find Sources/CasebookYAML Sources/CasebookGit Sources/CasebookSchema Sources/CasebookCore -name '*.swift') \
                Fuzz/CasebookFuzz.swift Tests/CasebookYAMLTests/SameContent.swift Fuzz/build.sh

$(FUZZ_BIN): $(FUZZ_SOURCES)
	Fuzz/build.sh

fuzz: deps $(FUZZ_BIN)
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

# The whole test suite under AddressSanitizer, then under ThreadSanitizer (files are validated in parallel).
# The casebook processes the tests start are instrumented too.
# - detect_stack_use_after_return=0 keeps locals on the real stack, where the schema validator's stack
#   guard measures the depth (ASan's "fake stack" would hide it).
# - detect_leaks=0 for the test process itself: Swift keeps enum tags in the spare bits of pointers, which
#   LeakSanitizer cannot follow, so static test tables show up as false leaks. The casebook processes that
#   CasebookHostileTests runs turn leak detection back on, with Tests/lsan.supp (one libgit2 leak).
test-asan: deps
	ASAN_OPTIONS="detect_stack_use_after_return=0:detect_leaks=0:$$ASAN_OPTIONS" \
	  LSAN_OPTIONS="suppressions=$(CURDIR)/Tests/lsan.supp" \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# schema/ and templates/ are built into the binary (casebook init, casebook new), and so is the official JSON
# Schema 2020-12 metaschema from ../shared/jsonschema-metaschema-2020-12; a test fails while a generated file
# is out of date.
embed:
	scripts/embed-schema
	scripts/embed-metaschema
	scripts/embed-assets

clean:
	rm -rf .build bench/.build .build-fuzz .build-asan .build-tsan $(BROWSER_VENV)

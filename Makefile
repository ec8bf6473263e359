# recall: make run (build and open the shell on the bundled deck), make test.
SWIFT ?= swift
HOME_DIR ?= $(CURDIR)

.PHONY: run test test-deps build deps bench bench-generator format lint clean tagger

# C libraries: GNU readline (the shell), zstd (modern Anki packages), SQLite (GRDB, for .apkg).
DEPS_HEADERS = /usr/include/readline/readline.h:libreadline-dev /usr/include/zstd.h:libzstd-dev /usr/include/sqlite3.h:libsqlite3-dev

deps:
	@missing=""; \
	for pair in $(DEPS_HEADERS); do \
	  [ -f "$${pair%%:*}" ] || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -z "$$missing" ]; then \
	  :; \
	elif [ "$$(id -u)" = "0" ]; then \
	  echo "recall: installing$$missing (C library headers)"; \
	  (apt-get install -y $$missing >/dev/null 2>&1 || \
	   (apt-get update >/dev/null && apt-get install -y $$missing >/dev/null)) || \
	   { echo "recall: could not install$$missing; run: apt-get update && apt-get install -y$$missing"; exit 1; }; \
	else \
	  echo "recall needs the headers of$$missing. Run:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

# The end-to-end tests drive the binary through a real terminal with tmux.
test-deps: deps
	@if command -v tmux >/dev/null 2>&1; then \
	  :; \
	elif [ "$$(id -u)" = "0" ]; then \
	  echo "recall: installing tmux (for the terminal tests)"; \
	  (apt-get install -y tmux >/dev/null 2>&1 || \
	   (apt-get update >/dev/null && apt-get install -y tmux >/dev/null)) || \
	   echo "recall: could not install tmux; the terminal tests will be skipped"; \
	else \
	  echo "recall: tmux is missing, so the terminal tests will be skipped. To run them:"; \
	  echo "  sudo apt-get install -y tmux"; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$(SWIFT) run --skip-build recall --home "$(HOME_DIR)"

test: test-deps
	$(SWIFT) build
	$(SWIFT) test

bench: deps
	$(SWIFT) build -c release --product recall-bench
	./.build/release/recall-bench

# How well the generator finds labelled terms in text nobody tuned it for: the DEFT corpus
# (../shared/data/deft or RECALL_DEFT_DIR) and blind-labelled articles (Tests/Fixtures/pool-labels).
bench-generator: deps
	$(SWIFT) build -c release --product recall-bench
	./.build/release/recall-bench deft
	./.build/release/recall-bench pool

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

lint:
	$(SWIFT) format lint --recursive Sources Tests

clean:
	rm -rf .build

# Retrain the part-of-speech tagger on UD English EWT (not in the repository) and write its model.
tagger:
	$(SWIFT) build -c release --product recall-train-tagger
	./.build/release/recall-train-tagger ../shared/data/ud-english-ewt Sources/RecallCore/Resources/pos-tagger.model 10

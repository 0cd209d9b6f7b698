# weft: `make run` starts weft on the sample graph, `make test` runs every test. Both install the
# system packages they need first (Debian/Ubuntu: apt-get; as root, or through sudo).
SWIFT ?= swift
PACKAGES := libedit-dev libsqlite3-dev pkg-config graphviz raptor2-utils tmux

.PHONY: deps build release run test schema gazetteer sample bench clean

deps:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	.build/debug/weft

# The REPL tests drive tmux; they run on their own after the rest (in one parallel run they could
# stall on process start-up), so `make test` is two swift test runs over one build.
test: deps
	$(SWIFT) test --skip ReplTests
	$(SWIFT) test --filter ReplTests

# Re-embed graphs/schema/*.tsv into the binary after editing them (a test checks they agree).
schema:
	Scripts/embed-schema.sh

# Regenerate graphs/gazetteer.jsonl from Foundation's CLDR names and graphs/lexicon/gazetteer.tsv.
gazetteer: build
	.build/debug/weft-gazetteer graphs

# Rebuild the sample corpus (graphs/sample/articles) and its graph (graphs/sample/corpus-graph.jsonl).
sample: build
	Scripts/build-sample.sh

# Load benchmark: weft against kuzu, pyoxigraph and DuckDB (docs/benchmarks.md).
bench: release
	Benchmarks/run.sh

clean:
	rm -rf .build

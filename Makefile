# Amur — build, test, run, install.
#
#   make run     build, load the bundled dataset into a fresh database, print the report,
#                then serve the dashboard at http://127.0.0.1:8080/ (Ctrl-C stops it)
#   make test    build and run the whole test suite (also under ASan and UBSan)
#   make install PREFIX=/usr/local DESTDIR=
#
# Dependencies are Debian packages; scripts/deps.sh installs the missing ones
# (or prints the apt-get command when it cannot).

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1

CC ?= cc
PKGS = sqlite3 jansson
CFLAGS_BASE = -std=c17 -Wall -Wextra -Werror -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE
CFLAGS_BASE += -I/usr/include/libxml2
# libpq's header (src/store/pg.c); evaluated when used, after check-deps
CFLAGS_BASE += -I$(shell pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)
CFLAGS ?= -O2 -g
LDLIBS = -lsqlite3 -lpq -ljansson -lxml2 -lnettle -lm
# amur serve (src/web/) and search (ICU)
LDLIBS += -lmicrohttpd -lz -licuuc
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

SRC = $(wildcard src/core/*.c src/ingest/*.c src/store/*.c src/analyze/*.c src/present/*.c src/synth/*.c src/cli/*.c src/web/*.c)
# Generated sources are built, not committed: the dashboard's files embedded
# as C (scripts/embed.sh).
GEN = build/gen/assets.c
LIB_OBJ = $(SRC:src/%.c=build/%.o) build/gen/assets.o
SAN_OBJ = $(SRC:src/%.c=build-san/%.o) build-san/gen/assets.o
# ... and amur extract's phrase tables (scripts/embed_phrases.sh)
GEN += build/gen/phrases.c
LIB_OBJ += build/gen/phrases.o
SAN_OBJ += build-san/gen/phrases.o
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/tests/%)
UNIT_SAN = $(UNIT_SRC:tests/unit/%.c=build-san/tests/%)
HEADERS = $(wildcard src/*.h src/*/*.h)

.PHONY: all run test check-deps install uninstall clean man sanitize

all: amur

check-deps:
	@scripts/deps.sh

amur: $(LIB_OBJ) build/main.o
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -o $@ $^ $(LDLIBS)

build/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -c -o $@ $<

build-san/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -c -o $@ $<

build-san/amur: $(SAN_OBJ) build-san/main.o
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

build/tests/%: tests/unit/%.c tests/unit/fixture.h $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(LDLIBS) -lcmocka

build-san/tests/%: tests/unit/%.c tests/unit/fixture.h $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -Isrc -o $@ $< $(SAN_OBJ) $(LDLIBS) -lcmocka

build/tests/quotes_test: tests/dataset/quotes_test.c build/ingest/csv.o build/core/err.o build/core/dbuf.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -Isrc -o $@ $^ -lm

run: check-deps amur
	rm -f amur.db amur.db-wal amur.db-shm
	./amur --db amur.db load data
	@echo
	./amur --db amur.db report
	@echo
	./amur --db amur.db serve --bind 127.0.0.1 --port 8080

# The whole suite: unit tests, command-line tests and dataset tests, once
# with the normal build and once under AddressSanitizer and UBSan.
test: check-deps amur $(UNIT_BIN) build-san/amur $(UNIT_SAN) $(if $(wildcard tests/dataset/quotes_test.c),build/tests/quotes_test)
	@scripts/checksrc.sh
	@scripts/checksize.sh
	@tests/run.sh

# Fuzzing: the libFuzzer targets of fuzz/ (clang), each run FUZZ_SECONDS
# seconds by fuzz/run.sh, which reports executions, coverage and crashes.
FUZZ_SECONDS ?= 60
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_LIB = $(wildcard src/core/*.c) src/ingest/csv.c src/ingest/bundle.c
FUZZ_BIN = $(patsubst fuzz/%.c,build-fuzz/%,$(wildcard fuzz/fuzz_*.c))

build-fuzz/fuzz_%: fuzz/fuzz_%.c $(FUZZ_LIB) $(HEADERS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_BASE) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIB) -lnettle

# fuzz_iati also needs the IATI reader and libxml2
FUZZ_IATI = src/ingest/iati.c src/ingest/iati_codes.c src/ingest/iati_map.c src/ingest/iati_tables.c \
            src/ingest/iati_pos.c src/ingest/iati_notes.c
build-fuzz/fuzz_iati: fuzz/fuzz_iati.c $(FUZZ_LIB) $(FUZZ_IATI) $(HEADERS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_BASE) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIB) $(FUZZ_IATI) -lxml2 -lnettle -lm

# fuzz_route links the route table, and so everything its handlers call
# (not the server, the command line or main.c)
FUZZ_ROUTE = $(filter-out src/core/% src/ingest/csv.c src/ingest/bundle.c src/cli/% src/web/server.c,$(SRC))
build-fuzz/fuzz_route: fuzz/fuzz_route.c $(FUZZ_LIB) $(FUZZ_ROUTE) build/gen/phrases.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_BASE) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIB) $(FUZZ_ROUTE) build/gen/phrases.c $(LDLIBS)

# fuzz_http and fuzz_json run the server or its write handler on a database
FUZZ_SERVER = $(filter-out src/core/% src/ingest/csv.c src/ingest/bundle.c src/cli/%,$(SRC))
build-fuzz/fuzz_http build-fuzz/fuzz_json: build-fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_db.h $(FUZZ_LIB) $(FUZZ_SERVER) $(GEN) $(HEADERS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_BASE) $(FUZZ_FLAGS) -Isrc/web -o $@ $< $(FUZZ_LIB) $(FUZZ_SERVER) $(GEN) $(LDLIBS)

fuzz-deps:
	@scripts/deps.sh fuzz

fuzz: fuzz-deps amur $(FUZZ_BIN)
	@fuzz/run.sh $(FUZZ_SECONDS)

# The command-line tests with amur under valgrind memcheck (tests/valgrind.sh).
valgrind-deps:
	@scripts/deps.sh valgrind

valgrind: valgrind-deps amur
	@tests/valgrind.sh

.PHONY: fuzz fuzz-deps valgrind valgrind-deps

# Benchmarks: bench/run.sh measures load, IATI import, the analyses, carry-over
# recall and the server against their references, and writes docs/performance.md
# (parameters in its header: BENCH_SIZES, BENCH_IATI_MB, ...).
bench-deps:
	@bench/deps.sh

build/bench/carry_recall: bench/carry_recall.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(LDLIBS)

bench: check-deps bench-deps amur build/bench/carry_recall
	@bench/run.sh

.PHONY: bench bench-deps

man: amur
	./amur help --man > docs/amur.1

# The dashboard's files, embedded (src/web/assets.h); and the API's
# reference, written from the route table (tests/cli/api_docs.t checks it).
ASSETS = $(shell find web/assets -type f ! -name '.*' 2>/dev/null)
build/gen/assets.c: scripts/embed.sh $(ASSETS)
	@mkdir -p $(dir $@)
	scripts/embed.sh web/assets > $@.tmp && mv $@.tmp $@

build/gen/assets.o: build/gen/assets.c src/web/assets.h
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -Isrc/web -c -o $@ $<

build-san/gen/assets.o: build/gen/assets.c src/web/assets.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -Isrc/web -c -o $@ $<

# amur extract's phrase tables, embedded (src/analyze/extract.h); the
# program never reads src/analyze/phrases/ at run time.
PHRASES = $(wildcard src/analyze/phrases/*.tsv)
build/gen/phrases.c: scripts/embed_phrases.sh $(PHRASES)
	@mkdir -p $(dir $@)
	scripts/embed_phrases.sh src/analyze/phrases > $@.tmp && mv $@.tmp $@

build/gen/phrases.o: build/gen/phrases.c src/analyze/extract.h
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -c -o $@ $<

build-san/gen/phrases.o: build/gen/phrases.c src/analyze/extract.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -c -o $@ $<

api-docs: amur
	./amur serve --api-doc > docs/api.md
	./amur serve --openapi > docs/openapi.json

.PHONY: api-docs

install: amur
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 755 amur $(DESTDIR)$(BINDIR)/amur
	install -m 644 docs/amur.1 $(DESTDIR)$(MANDIR)/amur.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/amur $(DESTDIR)$(MANDIR)/amur.1

clean:
	rm -rf build build-san amur amur.db amur.db-wal amur.db-shm

# SPDX-License-Identifier: GPL-2.0
#
# gupcheck: find get_user_pages() call sites and check how they are released.
#
#   make            build ./gupcheck (fetches and builds libsparse first)
#                   and ./gupcheck-clang (when libclang-$(LLVM)-dev is there)
#   make demo       run gupcheck and the rewrite on demo/
#   make check      run every test
#   make check-kernel-6.12   the kernel test on a 6.12 allmodconfig tree
#   make bench      time gupcheck against sparse on real kernel files, and on the
#                   longest GUP function's (DB=FILE: with --db)
#   make install    install under DESTDIR/PREFIX (default /usr/local)
#   make uninstall  remove what make install installed
#   make check-kernel  the real-tree test, and the sweep of every object
#                   calling GUP in an allmodconfig 6.1 tree
#   make SANITIZE=1 build build/sanitize/gupcheck (and its libsparse) with
#                   AddressSanitizer and UndefinedBehaviorSanitizer
#   make check-sanitize  the checker and stress suites on that build
#   make fuzz FUZZ_SECONDS=N  fuzz the front end and core (libFuzzer)
#
# SPARSE_DIR=/path/to/sparse uses a sparse checkout instead of the
# distro's source package.

BUILD		?= build
LLVM		?= 14
LLVM_DIR	?= /usr/lib/llvm-$(LLVM)
SPARSE_DIR	?= $(BUILD)/sparse
CC		?= gcc
CFLAGS		?= -O2 -g
CFLAGS		+= -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -std=gnu11
CPPFLAGS	+= -I. -Isrc
VERSION		:= $(shell cat VERSION)

PREFIX		?= /usr/local
BINDIR		?= $(PREFIX)/bin
DATADIR		?= $(PREFIX)/share
MANDIR		?= $(DATADIR)/man
LIBS		+= -lsqlite3
GUPCHECK	:= gupcheck

# libsparse's list type check (add_ptr_list) reads through NULL, its
# builtin table walk reads past an array, its preprocessor declares an
# empty VLA on every file and takes the string of a token that has none
# (#include <...>), and its constant folding makes masks in signed
# arithmetic (1ULL << 63, minus one): those checks are off for it alone,
# and the null check for the front end, which inlines sparse's list
# helpers (AddressSanitizer still catches a real NULL dereference).
SPARSE_UNSANITIZED := -fno-sanitize=null,bounds,vla-bound,alignment,signed-integer-overflow

ifeq ($(SANITIZE),1)
SANITIZERS	:= -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
SPARSE_SRC	:= $(SPARSE_DIR)
BUILD		:= build/sanitize
SPARSE_DIR	:= $(BUILD)/sparse
CFLAGS		+= $(SANITIZERS)
FRONTEND_FLAGS	:= -fno-sanitize=null
GUPCHECK	:= $(BUILD)/gupcheck
endif

CORE_SRCS	:= $(sort $(wildcard src/*.c))
CHECKER_SRCS	:= $(sort $(wildcard checker/*.c))
CORE_OBJS	:= $(CORE_SRCS:%.c=$(BUILD)/%.o)
CHECKER_OBJS	:= $(CHECKER_SRCS:%.c=$(BUILD)/%.o)
CLANG_OBJS	:= $(patsubst %.c,$(BUILD)/%.o,$(sort $(wildcard clang/*.c)))
HEADERS		:= $(wildcard src/*.h checker/*.h rules/*.h clang/*.h)
LIBSPARSE	:= $(SPARSE_DIR)/libsparse.a
LIBCLANG	:= $(wildcard $(LLVM_DIR)/include/clang-c/Index.h)

all: $(GUPCHECK) $(if $(LIBCLANG),gupcheck-clang)

ifeq ($(SANITIZE),1)
$(LIBSPARSE): $(SPARSE_SRC)/libsparse.a
	@scripts/sparse-variant "$(SPARSE_SRC)" "$(SPARSE_DIR)" "$(CC)" \
		"-O1 -g $(SANITIZERS) $(SPARSE_UNSANITIZED)"
$(SPARSE_SRC)/libsparse.a:
	@scripts/get-sparse "$(SPARSE_SRC)"
else
$(LIBSPARSE):
	@scripts/get-sparse "$(SPARSE_DIR)"
endif

SQLITE_H	:= /usr/include/sqlite3.h

$(SQLITE_H):
	@scripts/install-deps

$(BUILD)/src/db.o: | $(SQLITE_H)

$(BUILD)/src/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/checker/%.o: checker/%.c $(HEADERS) $(LIBSPARSE)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(SPARSE_DIR) $(CFLAGS) $(FRONTEND_FLAGS) -c -o $@ $<

$(BUILD)/checker/main.o $(BUILD)/src/sarif.o: CPPFLAGS += -DGUPCHECK_VERSION='"$(VERSION)"'
$(BUILD)/checker/main.o $(BUILD)/src/sarif.o: VERSION

$(GUPCHECK): $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE)
	$(CC) $(CFLAGS) -o $@ $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE) $(LIBS) -pthread

ifneq ($(LIBCLANG),)
$(BUILD)/clang/%.o: clang/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(LLVM_DIR)/include $(CFLAGS) -c -o $@ $<

$(BUILD)/clang/main.o: CPPFLAGS += -DGUPCHECK_VERSION='"$(VERSION)"'
$(BUILD)/clang/main.o: VERSION

gupcheck-clang: $(CLANG_OBJS) $(CORE_OBJS) $(BUILD)/checker/guard.o
	$(CC) $(CFLAGS) -o $@ $(CLANG_OBJS) $(CORE_OBJS) $(BUILD)/checker/guard.o \
		-L$(LLVM_DIR)/lib -Wl,-rpath,$(LLVM_DIR)/lib -lclang $(LIBS) -pthread
else
gupcheck-clang:
	@echo "gupcheck-clang: needs libclang-$(LLVM)-dev ($(LLVM_DIR)/include/clang-c/Index.h)" >&2
	@false
endif

deps:
	@LLVM=$(LLVM) scripts/install-deps

demo: gupcheck deps
	@scripts/demo

check: gupcheck deps
	@$(MAKE) -s gupcheck-clang || true
	@tests/run

check-kernel: gupcheck deps
	@KERNEL_SWEEP=1 tests/run kernel

check-sanitize: deps
	@$(MAKE) --no-print-directory SANITIZE=1
	@GUPCHECK=$(CURDIR)/build/sanitize/gupcheck ASAN_OPTIONS=detect_leaks=1 \
	 UBSAN_OPTIONS=print_stacktrace=1 tests/run checker stress

FUZZ		:= build/fuzz
FUZZ_SECONDS	?= 60
FUZZ_FLAGS	:= -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_SRCS	:= fuzz/gupcheck-fuzz.c $(CORE_SRCS) \
		   $(filter-out checker/main.c checker/guard.c,$(CHECKER_SRCS))

$(FUZZ)/sparse/libsparse.a: | $(LIBSPARSE)
	@scripts/sparse-variant "$(SPARSE_DIR)" "$(FUZZ)/sparse" clang \
		"$(FUZZ_FLAGS) $(SPARSE_UNSANITIZED) -fsanitize=fuzzer-no-link"

$(FUZZ)/gupcheck-fuzz: $(FUZZ_SRCS) $(HEADERS) $(FUZZ)/sparse/libsparse.a
	clang $(FUZZ_FLAGS) -fno-sanitize=null -fsanitize=fuzzer $(CPPFLAGS) -Ichecker \
		-DGUPCHECK_VERSION='"$(VERSION)"' \
		-I$(FUZZ)/sparse -DFUZZ_INCLUDE='"$(CURDIR)/tests/checker/include"' \
		-Wl,--wrap=exit -o $@ $(FUZZ_SRCS) $(FUZZ)/sparse/libsparse.a $(LIBS) -pthread

fuzz: $(FUZZ)/gupcheck-fuzz gupcheck
	@scripts/fuzz "$(FUZZ)" "$(FUZZ_SECONDS)"

# Debian's linux-source-6.12, allmodconfig: the 6.3-6.12 GUP API
check-kernel-6.12: gupcheck deps
	@tests/kernel/run 6.12 allmodconfig

bench: gupcheck deps
	@scripts/bench-checker

# PREFIX/share/gupcheck keeps the clone's layout, so the scripts find
# rules/, cocci/, VERSION and gupcheck relative to themselves; bin/ links
# to the scripts, share/gupcheck/gupcheck to bin/gupcheck.
SCRIPTS		:= gup-convert gup-inventory gup-review gup-db
SHARE		:= $(DESTDIR)$(DATADIR)/gupcheck
MAN1		:= $(wildcard man/*.1)
MAN7		:= $(wildcard man/*.7)

install: gupcheck
	install -d $(DESTDIR)$(BINDIR) $(SHARE)/scripts/guplib $(SHARE)/rules \
		$(SHARE)/cocci $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	install -m 755 gupcheck $(DESTDIR)$(BINDIR)/gupcheck
	if [ -x gupcheck-clang ]; then \
		install -m 755 gupcheck-clang $(DESTDIR)$(BINDIR)/gupcheck-clang; fi
	install -m 644 VERSION $(SHARE)/VERSION
	install -m 644 rules/*.h $(SHARE)/rules/
	install -m 644 cocci/*.cocci $(SHARE)/cocci/
	install -m 644 scripts/gupapi.py $(SHARE)/scripts/
	install -m 644 scripts/guplib/*.py $(SHARE)/scripts/guplib/
	install -m 755 $(addprefix scripts/,$(SCRIPTS)) $(SHARE)/scripts/
	ln -sfn $(shell realpath -m --relative-to=$(DATADIR)/gupcheck $(BINDIR))/gupcheck \
		$(SHARE)/gupcheck
	for s in $(SCRIPTS); do \
		ln -sfn $(shell realpath -m --relative-to=$(BINDIR) $(DATADIR)/gupcheck/scripts)/$$s \
			$(DESTDIR)$(BINDIR)/$$s || exit 1; \
	done
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/gupcheck $(DESTDIR)$(BINDIR)/gupcheck-clang \
		$(addprefix $(DESTDIR)$(BINDIR)/,$(SCRIPTS))
	rm -rf $(SHARE)
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(MAN1)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man7/,$(notdir $(MAN7)))

clean:
	rm -rf $(BUILD)/src $(BUILD)/checker $(BUILD)/clang $(GUPCHECK) gupcheck-clang

.PHONY: all deps demo check check-kernel check-kernel-6.12 check-sanitize fuzz bench install uninstall clean

# SPDX-License-Identifier: GPL-2.0
#
# gupcheck: find get_user_pages() call sites and check how they are released.
#
#   make            build ./gupcheck (fetches and builds libsparse first)
#   make demo       run gupcheck and the rewrite on demo/
#   make check      run every test
#   make bench      time gupcheck against sparse on real kernel files
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
SPARSE_DIR	?= $(BUILD)/sparse
CC		?= gcc
CFLAGS		?= -O2 -g
CFLAGS		+= -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -std=gnu11
CPPFLAGS	+= -I. -Isrc
GUPCHECK	:= gupcheck

# libsparse's list type check (add_ptr_list) reads through NULL, its
# builtin table walk reads past an array, its preprocessor declares an
# empty VLA on every file, and takes the string of a token that has
# none (#include <...>): those checks are off for it alone, and the null
# check for the front end, which inlines sparse's list helpers
# (AddressSanitizer still catches a real NULL dereference).
SPARSE_UNSANITIZED := -fno-sanitize=null,bounds,vla-bound,alignment

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
HEADERS		:= $(wildcard src/*.h checker/*.h rules/*.h)

LIBSPARSE	:= $(SPARSE_DIR)/libsparse.a

all: $(GUPCHECK)

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

$(BUILD)/src/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/checker/%.o: checker/%.c $(HEADERS) $(LIBSPARSE)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(SPARSE_DIR) $(CFLAGS) $(FRONTEND_FLAGS) -c -o $@ $<

$(GUPCHECK): $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE)
	$(CC) $(CFLAGS) -o $@ $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE) -pthread

deps:
	@scripts/install-deps

demo: gupcheck deps
	@scripts/demo

check: gupcheck deps
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
		-I$(FUZZ)/sparse -DFUZZ_INCLUDE='"$(CURDIR)/tests/checker/include"' \
		-Wl,--wrap=exit -o $@ $(FUZZ_SRCS) $(FUZZ)/sparse/libsparse.a -pthread

fuzz: $(FUZZ)/gupcheck-fuzz gupcheck
	@scripts/fuzz "$(FUZZ)" "$(FUZZ_SECONDS)"

bench: gupcheck deps
	@scripts/bench-checker

clean:
	rm -rf $(BUILD)/src $(BUILD)/checker $(GUPCHECK)

.PHONY: all deps demo check check-kernel check-sanitize fuzz bench clean

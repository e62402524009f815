# SPDX-License-Identifier: GPL-2.0
#
# gupcheck: find get_user_pages() call sites and check how they are released.
#
#   make            build ./gupcheck (fetches and builds libsparse first)
#   make demo       run gupcheck and the rewrite on demo/
#   make check      run every test
#   make check-kernel-6.12   the kernel test on a 6.12 allmodconfig tree
#   make bench      time gupcheck against sparse on real kernel files
#
# SPARSE_DIR=/path/to/sparse uses a sparse checkout instead of the
# distro's source package.

BUILD		?= build
SPARSE_DIR	?= $(BUILD)/sparse
CC		?= gcc
CFLAGS		?= -O2 -g
CFLAGS		+= -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -std=gnu11
CPPFLAGS	+= -I. -Isrc

CORE_SRCS	:= $(sort $(wildcard src/*.c))
CHECKER_SRCS	:= $(sort $(wildcard checker/*.c))
CORE_OBJS	:= $(CORE_SRCS:%.c=$(BUILD)/%.o)
CHECKER_OBJS	:= $(CHECKER_SRCS:%.c=$(BUILD)/%.o)
HEADERS		:= $(wildcard src/*.h checker/*.h rules/*.h)
LIBSPARSE	:= $(SPARSE_DIR)/libsparse.a

all: gupcheck

$(LIBSPARSE):
	@scripts/get-sparse "$(SPARSE_DIR)"

$(BUILD)/src/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/checker/%.o: checker/%.c $(HEADERS) $(LIBSPARSE)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(SPARSE_DIR) $(CFLAGS) -c -o $@ $<

gupcheck: $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE)
	$(CC) $(CFLAGS) -o $@ $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE)

deps:
	@scripts/install-deps

demo: gupcheck deps
	@scripts/demo

check: gupcheck deps
	@tests/run

check-kernel: gupcheck deps
	@tests/run kernel

# Debian's linux-source-6.12, allmodconfig: the 6.3-6.12 GUP API
check-kernel-6.12: gupcheck deps
	@tests/kernel/run 6.12 allmodconfig

bench: gupcheck deps
	@scripts/bench-checker

clean:
	rm -rf $(BUILD)/src $(BUILD)/checker gupcheck

.PHONY: all deps demo check check-kernel check-kernel-6.12 bench clean

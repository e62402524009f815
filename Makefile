# SPDX-License-Identifier: GPL-2.0
#
# gupcheck: find get_user_pages() call sites and check how they are released.
#
#   make            build ./gupcheck (fetches and builds libsparse first)
#   make demo       run gupcheck and the rewrite on demo/
#   make check      run every test
#   make bench      time gupcheck against sparse on real kernel files (DB=FILE: with --db)
#   make install    install under DESTDIR/PREFIX (default /usr/local)
#   make uninstall  remove what make install installed
#
# SPARSE_DIR=/path/to/sparse uses a sparse checkout instead of the
# distro's source package.

BUILD		?= build
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

CORE_SRCS	:= $(sort $(wildcard src/*.c))
CHECKER_SRCS	:= $(sort $(wildcard checker/*.c))
CORE_OBJS	:= $(CORE_SRCS:%.c=$(BUILD)/%.o)
CHECKER_OBJS	:= $(CHECKER_SRCS:%.c=$(BUILD)/%.o)
HEADERS		:= $(wildcard src/*.h checker/*.h rules/*.h)
LIBSPARSE	:= $(SPARSE_DIR)/libsparse.a

all: gupcheck

$(LIBSPARSE):
	@scripts/get-sparse "$(SPARSE_DIR)"

SQLITE_H	:= /usr/include/sqlite3.h

$(SQLITE_H):
	@scripts/install-deps

$(BUILD)/src/db.o: | $(SQLITE_H)

$(BUILD)/src/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/checker/%.o: checker/%.c $(HEADERS) $(LIBSPARSE)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(SPARSE_DIR) $(CFLAGS) -c -o $@ $<

$(BUILD)/checker/main.o: CPPFLAGS += -DGUPCHECK_VERSION='"$(VERSION)"'
$(BUILD)/checker/main.o: VERSION

gupcheck: $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE)
	$(CC) $(CFLAGS) -o $@ $(CHECKER_OBJS) $(CORE_OBJS) $(LIBSPARSE) $(LIBS) -pthread

deps:
	@scripts/install-deps

demo: gupcheck deps
	@scripts/demo

check: gupcheck deps
	@tests/run

check-kernel: gupcheck deps
	@tests/run kernel

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
	rm -f $(DESTDIR)$(BINDIR)/gupcheck $(addprefix $(DESTDIR)$(BINDIR)/,$(SCRIPTS))
	rm -rf $(SHARE)
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(MAN1)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man7/,$(notdir $(MAN7)))

clean:
	rm -rf $(BUILD)/src $(BUILD)/checker gupcheck

.PHONY: all deps demo check check-kernel bench install uninstall clean

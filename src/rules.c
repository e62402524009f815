// SPDX-License-Identifier: GPL-2.0
/*
 * rules/gup-api.h expanded into lookup tables.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gup.h"

#define NO_ROWS(...)
#define GUP_ACQUIRE(n, k, s, p, c, f, r, since, until) { #n, KIND_##k, SHAPE_##s, p, c, f, RETURNS_##r },
#define GUP_PARAM NO_ROWS
#define GUP_RELEASE NO_ROWS
#define GUP_REPLACE NO_ROWS
#define GUP_DIRTY NO_ROWS
#define GUP_FREE NO_ROWS
#define GUP_HANDOFF NO_ROWS
#define GUP_ALLOC NO_ROWS
#define GUP_UNMAP NO_ROWS
#define GUP_USE NO_ROWS
#define GUP_NOTIFIER NO_ROWS
#define GUP_WARN NO_ROWS
#define GUP_FLAG NO_ROWS
#define GUP_PIN_TEST NO_ROWS
#define GUP_MOVE NO_ROWS
#define GUP_ERR_TEST NO_ROWS
#define GUP_SAME NO_ROWS
#define GUP_ACCESS NO_ROWS
#define GUP_PFN NO_ROWS
#define GUP_PFN_PAGE NO_ROWS
#define GUP_CONTAINER NO_ROWS
#define GUP_CONVERT NO_ROWS
#define GUP_WRITE_ARG NO_ROWS

static const struct gup_acquire acquires[] = {
#include "rules/gup-api.h"
};
#undef GUP_ACQUIRE
#define GUP_ACQUIRE NO_ROWS
#undef GUP_RELEASE
#define GUP_RELEASE(n, k, fam, s, p, c, d, since, until) { #n, KIND_##k, FAMILY_##fam, SHAPE_##s, p, c, d },
static const struct gup_release releases[] = {
#include "rules/gup-api.h"
};
#undef GUP_RELEASE
#define GUP_RELEASE NO_ROWS
#undef GUP_REPLACE
#define GUP_REPLACE(fam, page, pages, dirty, acq) { FAMILY_##fam, #page, #pages, #dirty, acq },
static const struct gup_replace replaces[] = {
#include "rules/gup-api.h"
};
#undef GUP_REPLACE
#define GUP_REPLACE NO_ROWS
#undef GUP_DIRTY
#define GUP_DIRTY(n, l, p) { #n, LOCK_##l, p },
static const struct gup_dirty dirtiers[] = {
#include "rules/gup-api.h"
};
#undef GUP_DIRTY
#define GUP_DIRTY NO_ROWS
#undef GUP_FREE
#define GUP_FREE(n, a) { #n, a },
static const struct gup_call frees[] = {
#include "rules/gup-api.h"
};
#undef GUP_FREE
#define GUP_FREE NO_ROWS
#undef GUP_HANDOFF
#define HANDOFF_DEVICE 1
#define HANDOFF_PAGE 0
#define GUP_HANDOFF(n, a, to) { #n, a, HANDOFF_##to },
static const struct gup_handoff handoffs[] = {
#include "rules/gup-api.h"
};
#undef GUP_HANDOFF
#define GUP_HANDOFF NO_ROWS
#undef GUP_UNMAP
#define GUP_UNMAP(n, a) { #n, a },
static const struct gup_call unmaps[] = {
#include "rules/gup-api.h"
};
#undef GUP_UNMAP
#define GUP_UNMAP NO_ROWS
#undef GUP_ALLOC
#define GUP_ALLOC(n, a) { #n, a },
static const struct gup_call allocs[] = {
#include "rules/gup-api.h"
};
#undef GUP_ALLOC
#define GUP_ALLOC NO_ROWS
#undef GUP_USE
#define GUP_USE(n, a, use) { #n, a, USE_##use },
static const struct gup_use uses[] = {
#include "rules/gup-api.h"
};
#undef GUP_USE
#define GUP_USE NO_ROWS
#undef GUP_NOTIFIER
#define GUP_NOTIFIER(n) { #n },
static const struct { const char *name; } notifiers[] = {
#include "rules/gup-api.h"
};
#undef GUP_NOTIFIER
#define GUP_NOTIFIER NO_ROWS
#undef GUP_WARN
#define GUP_WARN(n) { #n },
static const struct { const char *name; } warnings[] = {
#include "rules/gup-api.h"
};
#undef GUP_WARN
#define GUP_WARN NO_ROWS
#undef GUP_PARAM
#define GUP_PARAM(role, n) { ROLE_##role, #n },
static const struct { enum gup_role role; const char *name; } params[] = {
#include "rules/gup-api.h"
};
#undef GUP_PARAM
#define GUP_PARAM NO_ROWS
#undef GUP_FLAG
#define GUP_FLAG(n, v) { #n, v },
static const struct gup_flag flags[] = {
#include "rules/gup-api.h"
};
#undef GUP_FLAG
#define GUP_FLAG NO_ROWS
#undef GUP_PIN_TEST
#define GUP_PIN_TEST(n, a, tag) { #n, a, #tag },
static const struct gup_pin_test pin_tests[] = {
#include "rules/gup-api.h"
};
#undef GUP_PIN_TEST
#define GUP_PIN_TEST NO_ROWS
#undef GUP_ERR_TEST
#define GUP_ERR_TEST(n, a) { #n, a },
static const struct gup_call err_tests[] = {
#include "rules/gup-api.h"
};
#undef GUP_ERR_TEST
#define GUP_ERR_TEST NO_ROWS
#undef GUP_SAME
#define GUP_SAME(n, a) { #n, a },
static const struct gup_call sames[] = {
#include "rules/gup-api.h"
};
#undef GUP_SAME
#define GUP_SAME NO_ROWS
#undef GUP_ACCESS
#define GUP_ACCESS(n, a, m) { #n, a, #m },
static const struct gup_access accesses[] = {
#include "rules/gup-api.h"
};
#undef GUP_ACCESS
#define GUP_ACCESS NO_ROWS
#undef GUP_MOVE
#define GUP_MOVE(from, to) { #from, #to },
static const struct { const char *name, *to; } moves[] = {
#include "rules/gup-api.h"
};

/*
 * Rows learned from the summaries of functions other units define (see
 * src/db.c): a wrapper acquirer, a release helper or a function that
 * keeps the pages it is given is looked up like the API it stands for.
 * They are learned before a unit is lowered: the tables move as they grow.
 */
static struct {
	struct gup_acquire *acquires;
	struct gup_release *releases;
	struct gup_handoff *handoffs;
	int nacquires, nreleases, nhandoffs;
} learned;

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define FIND(table, n, key)						\
	do {								\
		for (size_t i = 0; i < (size_t)(n); i++)		\
			if (!strcmp((table)[i].name, key))		\
				return &(table)[i];			\
	} while (0)

const struct gup_acquire *gup_find_acquire(const char *name)
{
	FIND(acquires, ARRAY_SIZE(acquires), name);
	FIND(learned.acquires, learned.nacquires, name);
	return NULL;
}

const struct gup_release *gup_find_release(const char *name)
{
	FIND(releases, ARRAY_SIZE(releases), name);
	FIND(learned.releases, learned.nreleases, name);
	return NULL;
}

const struct gup_dirty *gup_find_dirty(const char *name)
{
	FIND(dirtiers, ARRAY_SIZE(dirtiers), name);
	return NULL;
}

const struct gup_call *gup_find_free(const char *name)
{
	FIND(frees, ARRAY_SIZE(frees), name);
	return NULL;
}

const struct gup_handoff *gup_find_handoff(const char *name)
{
	FIND(handoffs, ARRAY_SIZE(handoffs), name);
	FIND(learned.handoffs, learned.nhandoffs, name);
	return NULL;
}

const struct gup_use *gup_find_use(const char *name)
{
	FIND(uses, ARRAY_SIZE(uses), name);
	return NULL;
}

const struct gup_call *gup_find_unmap(const char *name)
{
	FIND(unmaps, ARRAY_SIZE(unmaps), name);
	return NULL;
}

const struct gup_call *gup_find_alloc(const char *name)
{
	FIND(allocs, ARRAY_SIZE(allocs), name);
	return NULL;
}

const struct gup_pin_test *gup_find_pin_test(const char *name)
{
	FIND(pin_tests, ARRAY_SIZE(pin_tests), name);
	return NULL;
}

const struct gup_call *gup_find_err_test(const char *name)
{
	FIND(err_tests, ARRAY_SIZE(err_tests), name);
	return NULL;
}

const struct gup_call *gup_find_same(const char *name)
{
	FIND(sames, ARRAY_SIZE(sames), name);
	return NULL;
}

const struct gup_access *gup_find_access(const char *name)
{
	FIND(accesses, ARRAY_SIZE(accesses), name);
	return NULL;
}

const struct gup_pin_test *gup_pin_test_row(int i)
{
	return i < (int)ARRAY_SIZE(pin_tests) ? &pin_tests[i] : NULL;
}

/* Is struct tag the iterator an ITER acquire pins from? */
int gup_is_iterator(const char *tag)
{
	for (size_t i = 0; tag && i < ARRAY_SIZE(pin_tests); i++)
		if (!strcmp(pin_tests[i].tag, tag))
			return 1;
	return 0;
}

/* What pages a device uses should come from instead (GUP_MOVE), or NULL. */
const char *gup_move(const char *acquire)
{
	for (size_t i = 0; i < ARRAY_SIZE(moves); i++)
		if (!strcmp(moves[i].name, acquire))
			return moves[i].to;
	return NULL;
}

const struct gup_flag *gup_flag_row(int i)
{
	return i < (int)ARRAY_SIZE(flags) ? &flags[i] : NULL;
}

int gup_is_notifier(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(notifiers); i++)
		if (!strcmp(notifiers[i].name, name))
			return 1;
	return 0;
}

int gup_is_warning(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(warnings); i++)
		if (!strcmp(warnings[i].name, name))
			return 1;
	return 0;
}

/* Append row to *table of *n rows; the name is copied. */
static void *learn(void *table, int *n, const void *row, size_t size,
		   const char **name)
{
	char *t = realloc(table, (*n + 1) * size);

	if (!t || !(*name = strdup(*name))) {
		fputs("gupcheck: out of memory\n", stderr);
		exit(2);
	}
	memcpy(t + *n * size, row, size);
	(*n)++;
	return t;
}

/*
 * Does a row of rules/gup-api.h, or an earlier learned one, name it?  What
 * the rules say wins over a summary: vmap() keeps the pages it is given
 * only with VM_MAP_PUT_PAGES, the rules know it maps them (GUP_USE).
 */
static int known(const char *name)
{
	return gup_find_acquire(name) || gup_find_release(name) ||
	       gup_find_dirty(name) || gup_find_free(name) ||
	       gup_find_handoff(name) || gup_find_use(name) ||
	       gup_find_alloc(name);
}

void gup_learn_acquire(const struct gup_acquire *row)
{
	struct gup_acquire r = *row;

	if (known(r.name))
		return;
	learned.acquires = learn(learned.acquires, &learned.nacquires,
				 &r, sizeof(r), &r.name);
}

void gup_learn_release(const struct gup_release *row)
{
	struct gup_release r = *row;

	if (known(r.name))
		return;
	learned.releases = learn(learned.releases, &learned.nreleases,
				 &r, sizeof(r), &r.name);
}

void gup_learn_handoff(const struct gup_handoff *row)
{
	struct gup_handoff r = *row;

	if (known(r.name))
		return;
	learned.handoffs = learn(learned.handoffs, &learned.nhandoffs,
				 &r, sizeof(r), &r.name);
}

void gup_forget_learned(void)
{
	for (int i = 0; i < learned.nacquires; i++)
		free((char *)learned.acquires[i].name);
	for (int i = 0; i < learned.nreleases; i++)
		free((char *)learned.releases[i].name);
	for (int i = 0; i < learned.nhandoffs; i++)
		free((char *)learned.handoffs[i].name);
	free(learned.acquires);
	free(learned.releases);
	free(learned.handoffs);
	memset(&learned, 0, sizeof(learned));
}

/* Is name a row learned from another unit, not one of rules/? */
int gup_learned(const char *name)
{
	for (int i = 0; i < learned.nacquires; i++)
		if (!strcmp(learned.acquires[i].name, name))
			return 1;
	for (int i = 0; i < learned.nreleases; i++)
		if (!strcmp(learned.releases[i].name, name))
			return 1;
	for (int i = 0; i < learned.nhandoffs; i++)
		if (!strcmp(learned.handoffs[i].name, name))
			return 1;
	return 0;
}

const struct gup_release *gup_release_row(int i)
{
	return i < (int)ARRAY_SIZE(releases) ? &releases[i] : NULL;
}

const struct gup_replace *gup_replacement(enum gup_family family)
{
	for (size_t i = 0; i < ARRAY_SIZE(replaces); i++)
		if (replaces[i].family == family)
			return &replaces[i];
	return NULL;
}

/* The FOLL_PIN counterpart of a get_*() acquire (GUP_REPLACE), or NULL. */
const char *gup_pin_name(const char *acquire)
{
	const struct gup_replace *r = gup_replacement(FAMILY_UNPIN);
	const struct gup_acquire *pin;
	char name[64];

	if (strncmp(acquire, "get_", 4))
		return NULL;
	snprintf(name, sizeof(name), "%s%s", r->acquire, acquire + 4);
	pin = gup_find_acquire(name);
	return pin ? pin->name : NULL;
}

int gup_param_role(const char *param_name, enum gup_role role)
{
	for (size_t i = 0; i < ARRAY_SIZE(params); i++)
		if (params[i].role == role && !strcmp(params[i].name, param_name))
			return 1;
	return 0;
}

long gup_flag(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(flags); i++)
		if (!strcmp(flags[i].name, name))
			return flags[i].value;
	return 0;
}

const char *gup_family_name(enum gup_family family)
{
	static const char *const names[] = {
		[FAMILY_NONE] = "none", [FAMILY_LEGACY] = "none",
		[FAMILY_USER] = "put_user_page", [FAMILY_UNPIN] = "unpin_user_page",
	};
	return names[family];
}

// SPDX-License-Identifier: GPL-2.0
/*
 * rules/gup-api.h expanded into lookup tables.
 */
#include <stdio.h>
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
#define GUP_USE NO_ROWS
#define GUP_NOTIFIER NO_ROWS
#define GUP_FLAG NO_ROWS
#define ROWS_END

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
#define GUP_HANDOFF(n, a) { #n, a },
static const struct gup_call handoffs[] = {
#include "rules/gup-api.h"
};
#undef GUP_HANDOFF
#define GUP_HANDOFF NO_ROWS
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
#undef GUP_PARAM
#define GUP_PARAM(role, n) { ROLE_##role, #n },
static const struct { enum gup_role role; const char *name; } params[] = {
#include "rules/gup-api.h"
};
#undef GUP_PARAM
#define GUP_PARAM NO_ROWS
#undef GUP_FLAG
#define GUP_FLAG(n, v) { #n, v },
static const struct { const char *name; long value; } flags[] = {
#include "rules/gup-api.h"
};

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define FIND(table, key)						\
	do {								\
		for (size_t i = 0; i < ARRAY_SIZE(table); i++)		\
			if (!strcmp(table[i].name, key))		\
				return &table[i];			\
		return NULL;						\
	} while (0)

const struct gup_acquire *gup_find_acquire(const char *name) { FIND(acquires, name); }
const struct gup_release *gup_find_release(const char *name) { FIND(releases, name); }
const struct gup_dirty *gup_find_dirty(const char *name) { FIND(dirtiers, name); }
const struct gup_call *gup_find_free(const char *name) { FIND(frees, name); }
const struct gup_call *gup_find_handoff(const char *name) { FIND(handoffs, name); }
const struct gup_use *gup_find_use(const char *name) { FIND(uses, name); }
const struct gup_call *gup_find_alloc(const char *name) { FIND(allocs, name); }

int gup_is_notifier(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(notifiers); i++)
		if (!strcmp(notifiers[i].name, name))
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

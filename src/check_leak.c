// SPDX-License-Identifier: GPL-2.0
/*
 * gup-leak: a path from the acquire to a return on which the pages are
 * still pinned: neither released, nor handed off (sg, bio, a member, an
 * out-parameter, the return value); or on which the array that holds
 * them is freed (kfree(pages), also a member's) while they are pinned.
 * Not after a WARN(): the kernel reported a bug there.  Pages in an
 * array the caller passed in are the caller's to release, except on the
 * "fewer than requested" branch (see gup-partial).  Pages in a bio or
 * frame vector go wherever the struct goes, which is not followed.
 */
#include "analysis.h"

/*
 * An ITER acquire whose pages are never unpinned takes them from kernel
 * iterators (a splice's bvec, a kvec), which hold no reference.
 */
static int unpinned(struct gc_site *s)
{
	for (int i = 0; i < s->nrel; i++)
		if (s->rel[i].ev->type == EV_RELEASE &&
		    s->rel[i].ev->rel->kind == KIND_PIN)
			return 1;
	return 0;
}

/* The array freed under pinned pages: they can never be unpinned. */
static void leak_event(struct gc_site *s, const struct gc_effect *e,
		       unsigned int st, int branch)
{
	if (e->fx != FX_LOSE || !(st & ST_PINNED) ||
	    (st & (ST_SHORT_TAKEN | ST_WARNED)))
		return;
	gc_diag(CHECK_LEAK, s, e->at,
		"%s() frees the array of the pages %s() pinned at line %d, still pinned on %s",
		e->ev->callee, s->api->name, s->ev->pos.line,
		gc_path_text(branch));
}

static void leak_exit(struct gc_site *s, struct gc_node *n,
			 unsigned int st, int branch)
{
	/* a bio or frame vector holding them is not followed */
	if (s->api->shape == SHAPE_BIO || s->api->shape == SHAPE_FRAMES)
		return;
	if (s->api->kind == KIND_ITER && !unpinned(s))
		return;
	if (!(st & ST_PINNED) || (st & (ST_SHORT_TAKEN | ST_WARNED)) ||
	    !s->obj || s->obj->param >= 0 || s->obj->field || (st & ST_STORED))
		return;
	gc_diag(CHECK_LEAK, s, n->exit_pos,
		"pages pinned by %s() at line %d are not released on %s",
		s->api->name, s->ev->pos.line, gc_path_text(branch));
}

const struct gc_check check_leak = {
	.event = leak_event,
	.exit = leak_exit,
};

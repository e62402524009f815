// SPDX-License-Identifier: GPL-2.0
/*
 * --dump-model: the lowered unit as text, one fact a line, so that what
 * a front end hands the core can be tested (and compared between front
 * ends) on its own.  Nodes are numbered in creation order; positions are
 * line:col.
 */
#include "lower.h"

static const char *const ev_names[] = {
	[EV_ACQUIRE] = "acquire", [EV_RELEASE] = "release",
	[EV_DIRTY] = "dirty", [EV_FREE] = "free", [EV_HANDOFF] = "handoff",
	[EV_STORE] = "store", [EV_CALL] = "call", [EV_RETURN] = "return",
	[EV_RETURN_COUNT] = "return-count", [EV_USE] = "use", [EV_SET] = "set",
	[EV_CLEAR] = "clear", [EV_WARN] = "warn",
};

static const char *const ret_names[] = {
	[RET_ANY] = "any", [RET_FAILED] = "failed", [RET_NONNEG] = "nonneg",
	[RET_SOME] = "some", [RET_SHORT] = "short", [RET_FULL] = "full",
	[RET_PINS] = "pins", [RET_NOPIN] = "nopin",
};

static const char *const value_names[] = {
	[GC_UNKNOWN] = "?", [GC_ZERO] = "0", [GC_NONZERO] = "!0",
	[GC_RESULT] = "result",
};

static const char *const bound_names[] = {
	[BOUND_NONE] = "", [BOUND_REQUESTED] = " bound=requested",
	[BOUND_RETURNED] = " bound=returned", [BOUND_OTHER] = " bound=other",
};

static const char *const dirty_names[] = {
	[DIRTY_NO] = "", [DIRTY_YES] = " dirty=yes", [DIRTY_MAYBE] = " dirty=maybe",
};

/* What a condition key stands for: a variable, an object or a call. */
static void print_key(FILE *out, struct gc_unit *u, struct gc_func *f,
		      const void *key)
{
	for (struct gc_var *v = f->vars; v; v = v->next)
		if (key == v) {
			fprintf(out, "%s", v->name);
			return;
		}
	for (struct gc_obj *o = f->objs; o; o = o->next)
		if (key == o) {
			fprintf(out, "[%s]", o->key);
			return;
		}
	for (struct gc_site *s = u->sites; s; s = s->next)
		if (key == s) {
			fprintf(out, "%s()@%d", s->api->name, s->ev->pos.line);
			return;
		}
	fprintf(out, "?");
}

static const char *const lit_names[][2] = {
	[LIT_VALUE] = { "== 0", "!= 0" }, [LIT_NULL] = { "NULL", "set" },
};

/* if a && b || c: the alternatives of an edge's guard */
static void print_guard(FILE *out, struct gc_unit *u, struct gc_func *f,
			struct gc_guard *g)
{
	for (int a = 0; g && a < g->nalt; a++) {
		fprintf(out, a ? " ||" : " if");
		for (int i = 0; i < g->alt[a].nlit; i++) {
			struct gc_lit *lit = &g->alt[a].lit[i];

			fprintf(out, i ? " && " : " ");
			print_key(out, u, f, lit->key);
			if (lit->kind == LIT_RESULT)
				fprintf(out, " %s", ret_names[lit->ret]);
			else if (lit->kind == LIT_CASE && lit->id == GC_CASE_NONE)
				fprintf(out, " matches no case");
			else if (lit->kind == LIT_CASE)
				fprintf(out, " == %lld", f->case_value[lit->id - 1]);
			else
				fprintf(out, " %s", lit_names[lit->kind][lit->nonzero]);
		}
	}
}

static void print_site(FILE *out, struct gc_site *s)
{
	fprintf(out, " site%s", s->single ? " single" : "");
	if (s->count_var)
		fprintf(out, " count=%s", s->count_var->name);
	else
		fprintf(out, " count=%lld", s->count_value);
	if (s->flags_known)
		fprintf(out, " flags=%#lx", s->flag_bits);
	else if (s->flag_bits)
		fprintf(out, " flags>=%#lx", s->flag_bits);
}

static void print_event(FILE *out, struct gc_event *ev)
{
	fprintf(out, "    %d:%d %s%s", ev->pos.line, ev->pos.col,
		ev->summary ? "loop-" : "", ev_names[ev->type]);
	if (ev->callee)
		fprintf(out, " %s()", ev->callee);
	if (ev->type == EV_SET)
		fprintf(out, " %s = %s", ev->var->name, value_names[ev->value]);
	if (ev->obj)
		fprintf(out, " [%s]%s", ev->obj->key, ev->elem ? "[i]" : "");
	if (ev->to)
		fprintf(out, " -> [%s]", ev->to->key);
	for (int i = 0; i < ev->nargs; i++)
		if (ev->args[i])
			fprintf(out, " arg%d=[%s]%s", i, ev->args[i]->key,
				ev->arg_elem[i] ? "[i]" : "");
	if (ev->loop)
		fprintf(out, " loop=%d", ev->loop);
	fprintf(out, "%s%s", bound_names[ev->bound], dirty_names[ev->dirty]);
	if (ev->site)
		print_site(out, ev->site);
	fputc('\n', out);
}

static void print_obj(FILE *out, struct gc_obj *o)
{
	fprintf(out, "  obj [%s] %s", o->key, o->name);
	if (o->param >= 0)
		fprintf(out, " param=%d", o->param);
	if (o->member)
		fprintf(out, " member=\"%s\"", o->member);
	fprintf(out, "%s\n", o->allocated ? " allocated" : "");
}

static void print_func(FILE *out, struct gc_unit *u, struct gc_func *f)
{
	fprintf(out, "function %s%s at %d\n", f->is_static ? "static " : "",
		f->name, f->pos.line);
	for (struct gc_obj *o = f->objs; o; o = o->next)
		print_obj(out, o);
	for (int n = 0; n < f->nnodes; n++) {
		struct gc_node *node = f->nodes[n];

		if (!node->nev && !node->nsucc && !node->is_exit)
			continue;
		fprintf(out, "  n%d:", node->id);
		if (node->is_exit)
			fprintf(out, " exit %d:%d", node->exit_pos.line,
				node->exit_pos.col);
		fputc('\n', out);
		for (int i = 0; i < node->nev; i++)
			print_event(out, node->ev[i]);
		for (int k = 0; k < node->nsucc; k++) {
			fprintf(out, "    -> n%d", node->succ[k]->id);
			print_guard(out, u, f, node->guard[k]);
			fputc('\n', out);
		}
	}
}

void gc_dump_unit(FILE *out, struct gc_unit *u)
{
	fprintf(out, "unit %s api=%s\n", u->file, gup_family_name(u->family));
	for (struct gc_func *f = u->funcs; f; f = f->next)
		print_func(out, u, f);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * A --dump-model with the control flow reduced to what the analysis
 * sees, for --cross-check: nodes without events, conditions or an exit
 * are passed through (an edge into one goes to the nodes it leads to),
 * and the rest are numbered again in the order a walk from the entry
 * meets them.  The kernel's headers differ by compiler where it does not
 * matter to GUP (gcc's fallthrough is do {} while (0) when sparse asks,
 * its asm_goto_output a do-while): such empty loops drop out here.
 */
#include <stdlib.h>
#include <string.h>
#include "canon.h"

struct edge {
	int to;
	char *cond;		/* " if ret failed", or "" */
};

struct node {
	char *head;		/* " exit 19:17", or "" */
	char **ev;
	int nev;
	struct edge *out;
	int nout;
	int seen, order;	/* walks; new number, or -1 */
};

struct func {
	struct node *n;
	int count;
};

static void *grow(void *p, int n, size_t size)
{
	p = realloc(p, (n + 1) * size);
	if (!p)
		abort();
	return p;
}

static struct node *node(struct func *f, int id)
{
	if (id >= f->count) {
		f->n = realloc(f->n, (id + 1) * sizeof(*f->n));
		if (!f->n)
			abort();
		memset(f->n + f->count, 0, (id + 1 - f->count) * sizeof(*f->n));
		f->count = id + 1;
	}
	return &f->n[id];
}

static int significant(struct func *f, int id)
{
	struct node *n = &f->n[id];

	if (!id || n->nev || (n->head && *n->head))
		return 1;
	for (int i = 0; i < n->nout; i++)
		if (*n->out[i].cond)
			return 1;
	return 0;
}

/* Add to *set the significant nodes an edge into id leads to. */
static void reach(struct func *f, int id, int walk, int **set, int *n)
{
	struct node *x = &f->n[id];

	if (x->seen == walk)
		return;
	x->seen = walk;
	if (significant(f, id)) {
		*set = grow(*set, *n, sizeof(**set));
		(*set)[(*n)++] = id;
		return;
	}
	for (int i = 0; i < x->nout; i++)
		reach(f, x->out[i].to, walk, set, n);
}

static void print_func(struct func *f, FILE *out)
{
	int *queue = calloc(f->count + 1, sizeof(*queue)), head = 0, tail = 0;
	int next = 0, walk = 0;

	for (int i = 0; i < f->count; i++)
		f->n[i].order = -1;
	if (f->count) {
		queue[tail++] = 0;
		f->n[0].order = next++;
	}
	while (head < tail) {
		struct node *x = &f->n[queue[head++]];

		fprintf(out, "  c%d:%s\n", x->order, x->head ? x->head : "");
		for (int i = 0; i < x->nev; i++)
			fputs(x->ev[i], out);
		for (int i = 0; i < x->nout; i++) {
			int *to = NULL, nto = 0;

			reach(f, x->out[i].to, ++walk, &to, &nto);
			for (int k = 0; k < nto; k++) {
				struct node *y = &f->n[to[k]];

				if (y->order < 0) {
					y->order = next++;
					queue[tail++] = to[k];
				}
				fprintf(out, "    -> c%d%s\n", y->order,
					x->out[i].cond);
			}
			free(to);
		}
	}
	free(queue);
}

static void free_func(struct func *f)
{
	for (int i = 0; i < f->count; i++) {
		struct node *x = &f->n[i];

		free(x->head);
		for (int k = 0; k < x->nev; k++)
			free(x->ev[k]);
		for (int k = 0; k < x->nout; k++)
			free(x->out[k].cond);
		free(x->ev);
		free(x->out);
	}
	free(f->n);
	*f = (struct func){ NULL, 0 };
}

void cl_canonical(FILE *in, FILE *out)
{
	struct func f = { NULL, 0 };
	struct node *cur = NULL;
	char line[4096];
	int id, to, len;

	while (fgets(line, sizeof(line), in)) {
		if (sscanf(line, "  n%d:%n", &id, &len) == 1) {
			cur = node(&f, id);
			cur->head = strdup(line + len);
			cur->head[strcspn(cur->head, "\n")] = 0;
		} else if (cur && sscanf(line, "    -> n%d%n", &to, &len) == 1) {
			node(&f, to);
			cur = &f.n[id];
			cur->out = grow(cur->out, cur->nout, sizeof(*cur->out));
			cur->out[cur->nout].to = to;
			cur->out[cur->nout].cond = strdup(line + len);
			cur->out[cur->nout++].cond[strcspn(line + len, "\n")] = 0;
		} else if (cur && !strncmp(line, "    ", 4)) {
			cur->ev = grow(cur->ev, cur->nev, sizeof(*cur->ev));
			cur->ev[cur->nev++] = strdup(line);
		} else {		/* unit, function, obj */
			if (cur || line[0] != ' ') {
				print_func(&f, out);
				free_func(&f);
				cur = NULL;
			}
			fputs(line, out);
		}
	}
	print_func(&f, out);
	free_func(&f);
}

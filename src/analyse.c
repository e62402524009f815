// SPDX-License-Identifier: GPL-2.0
/*
 * The pipeline for one unit: index it, pair each site with its releases
 * (also across units, with a database), run the site checks and the path
 * checks, write the unit's summaries, report.
 */
#include "analysis.h"
#include "db.h"

#define ENTRY(name) &check_##name,
static const struct gc_check *const checks[] = { CHECKS(ENTRY) };
#undef ENTRY
#define NR(a) ((int)(sizeof(a) / sizeof((a)[0])))

/*
 * The path walks of one function's sites share its budget; past it, the
 * function's remaining sites get their site checks only, and a note says
 * where the path checks stopped.
 */
static void walk_paths(struct gc_unit *u, struct gc_site *s, long *budget)
{
	if (*budget < 0 || gc_flow(u, s, checks, NR(checks), budget) == 0)
		return;
	gc_diag(CHECK_BUDGET, NULL, s->ev->pos,
		"%s() has more paths than gupcheck follows (%ld steps): path checks stop at this call",
		s->func->name, GC_FLOW_STEPS);
}

enum gc_severity gc_check_unit(struct gc_unit *u, const struct gc_options *opt)
{
	struct gc_func *func = NULL;
	long budget = 0;

	gc_index_unit(u);
	gc_pair_sites(u);
	if (opt->db)
		gc_across_pair(u);
	for (struct gc_site *s = u->sites; s; s = s->next)
		s->rst_case = gc_rst_case(u, s);
	for (struct gc_site *s = u->sites; s; s = s->next) {
		for (int i = 0; i < NR(checks); i++)
			if (checks[i]->site)
				checks[i]->site(u, s);
		if (s->func != func) {
			func = s->func;
			budget = GC_FLOW_STEPS;
		}
		walk_paths(u, s, &budget);
		for (int i = 0; i < NR(checks); i++)
			if (checks[i]->done)
				checks[i]->done(u, s);
	}
	if (opt->db && gc_db_write(opt->db, u, gc_summarise(u)))
		fprintf(stderr, "gupcheck: warning: cannot write %s\n", opt->db);
	return gc_report_flush(opt);
}

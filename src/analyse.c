// SPDX-License-Identifier: GPL-2.0
/*
 * The pipeline for one unit: pair each site with its releases, run the
 * site checks and the path checks, report.
 */
#include "analysis.h"

#define ENTRY(name) &check_##name,
static const struct gc_check *const checks[] = { CHECKS(ENTRY) };
#undef ENTRY
#define NR(a) ((int)(sizeof(a) / sizeof((a)[0])))

enum gc_severity gc_check_unit(struct gc_unit *u, const struct gc_options *opt)
{
	gc_pair_sites(u);
	for (struct gc_site *s = u->sites; s; s = s->next)
		s->rst_case = gc_rst_case(u, s);
	for (struct gc_site *s = u->sites; s; s = s->next) {
		for (int i = 0; i < NR(checks); i++)
			if (checks[i]->site)
				checks[i]->site(u, s);
		gc_flow(u, s, checks, NR(checks));
	}
	return gc_report_flush(opt);
}

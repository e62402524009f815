// SPDX-License-Identifier: GPL-2.0
/*
 * The pipeline for one unit: pair each site with its releases (also
 * across units, with a database), run the site checks and the path
 * checks, write the inventory and the unit's summaries, report.
 */
#include "analysis.h"
#include "db.h"

#define ENTRY(name) &check_##name,
static const struct gc_check *const checks[] = { CHECKS(ENTRY) };
#undef ENTRY
#define NR(a) ((int)(sizeof(a) / sizeof((a)[0])))

int gc_check_unit(struct gc_unit *u, const struct gc_options *opt)
{
	gc_pair_sites(u);
	if (opt->db)
		gc_across_pair(u);
	for (struct gc_site *s = u->sites; s; s = s->next) {
		for (int i = 0; i < NR(checks); i++)
			if (checks[i]->site)
				checks[i]->site(u, s);
		gc_flow(u, s, checks, NR(checks));
	}
	if (opt->inventory && gc_inventory_write(u, opt->inventory))
		fprintf(stderr, "gupcheck: warning: cannot write %s\n",
			opt->inventory);
	if (opt->db && gc_db_write(opt->db, u, gc_summarise(u)))
		fprintf(stderr, "gupcheck: warning: cannot write %s\n", opt->db);
	return gc_report_flush(opt);
}

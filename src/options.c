// SPDX-License-Identifier: GPL-2.0
/* The options every front end's driver takes. */
#include <string.h>
#include "options.h"

int gc_option(const char *arg, struct gc_options *opt)
{
	if (!strncmp(arg, "--inventory=", 12))
		opt->inventory = arg + 12;
	else if (!strncmp(arg, "--api=", 6))
		opt->api = arg + 6;
	else if (!strcmp(arg, "--fail-on-warning"))
		opt->fail = 1;
	else if (!strcmp(arg, "--dump-model"))
		opt->dump = 1;
	else if (!strncmp(arg, "-Wno-gup-", 9))
		return gc_check_enable(arg + 5, 0) ? -1 : 1;
	else if (!strncmp(arg, "-Wgup-", 6))
		return gc_check_enable(arg + 2, 1) ? -1 : 1;
	else
		return 0;
	return 1;
}

int gc_family_option(const char *api, enum gup_family *family)
{
	static const enum gup_family all[] = {
		FAMILY_NONE, FAMILY_USER, FAMILY_UNPIN,
	};

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (!strcmp(api, gup_family_name(all[i]))) {
			*family = all[i];
			return 0;
		}
	return -1;
}

// SPDX-License-Identifier: GPL-2.0
/* The options every front end's driver takes. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cli.h"

static int severity_option(const char *name, enum gc_severity *sev)
{
	for (enum gc_severity s = SEV_NOTE; s <= SEV_ERROR; s++)
		if (!strcmp(name, gc_severity_name(s))) {
			*sev = s;
			return 0;
		}
	return -1;
}

int gc_option(const char *a, struct gc_options *opt,
	      void (*bad)(const char *fmt, ...))
{
	if (!strncmp(a, "--inventory=", 12)) {
		opt->inventory = a + 12;
		if (!*opt->inventory) {
			bad("--inventory= needs a file name");
			opt->inventory = NULL;
		}
	} else if (!strncmp(a, "--db=", 5)) {
		opt->db = a + 5;
	} else if (!strncmp(a, "--api=", 6)) {
		opt->api = a + 6;
	} else if (!strcmp(a, "--fail-on-warning")) {
		opt->fail_on = SEV_WARNING;
	} else if (!strncmp(a, "--fail-on=", 10)) {
		if (severity_option(a + 10, &opt->fail_on))
			bad("unknown severity in %s (error, warning or note)", a);
	} else if (!strcmp(a, "--dump-model")) {
		opt->dump = 1;
	} else if (!strncmp(a, "-Wno-gup-", 9)) {
		if (gc_check_enable(a + 5, 0))
			bad("unknown check in %s", a);
	} else if (!strncmp(a, "-Wgup-", 6)) {
		if (gc_check_enable(a + 2, 1))
			bad("unknown check in %s", a);
	} else {
		return 0;
	}
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

int gc_compiler_option(const char *arg)
{
	static const char *const known[] = {
		"--arch=", "--os=", "--param", "--succeed",
	};

	if (arg[1] != '-')
		return arg[1] && strchr("aDdEfgGIiMmnoOpsUvWxc", arg[1]);
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strncmp(arg, known[i], strlen(known[i])))
			return 1;
	return 0;
}

int gc_readable(const char *file, void (*bad)(const char *fmt, ...))
{
	struct stat st;
	int fd = open(file, O_RDONLY);

	if (fd < 0) {
		bad("cannot read %s: %s", file, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) || S_ISDIR(st.st_mode)) {
		close(fd);
		bad("%s is a directory", file);
		return -1;
	}
	close(fd);
	return 0;
}

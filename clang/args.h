/* SPDX-License-Identifier: GPL-2.0 */
/* Compile commands: the flags clang parses with, those sparse is given. */
#ifndef CLANG_ARGS_H
#define CLANG_ARGS_H

struct cl_args {
	char **v;		/* NULL-terminated */
	int n, alloc;
};

void cl_args_add(struct cl_args *a, const char *arg);
void cl_args_free(struct cl_args *a);
int cl_takes_value(const char *arg);
void cl_args_split(int argc, const char *const *argv, struct cl_args *clang,
		   struct cl_args *sparse);

#endif

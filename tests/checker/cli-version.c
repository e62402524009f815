/*
 * --version: gupcheck's own version (the VERSION file at the top of the
 * tree) and the sparse it was built with; the numbers are replaced.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --version prints gupcheck's version and sparse's
 * check-command: gupcheck --version | sed -e "s/^gupcheck $(cat ../../VERSION) (sparse [0-9][0-9a-z.+~-]*)\$/gupcheck VERSION (sparse N)/"
 * check-frontend: sparse
 *   sparse only: gupcheck-clang names clang's version (clang-version.c)
 *
 * check-output-start
gupcheck VERSION (sparse N)
 * check-output-end
 */

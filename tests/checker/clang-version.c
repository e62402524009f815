/*
 * gupcheck-clang --version: its version and the libclang it runs on.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: gupcheck-clang --version
 * check-command: gupcheck --version | sed -e "s/^gupcheck-clang $(cat ../../VERSION) (.*clang version [0-9][0-9a-z.+~-]*)\$/gupcheck-clang VERSION (clang N)/"
 * check-frontend: clang
 *
 * check-output-start
gupcheck-clang VERSION (clang N)
 * check-output-end
 */

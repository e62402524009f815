/*
 * gupcheck-clang -p DIR: the file's flags from DIR/compile_commands.json
 * as a gcc-built kernel writes them; the flags clang rejects (gcc's -m
 * and -f options, plugins, warnings) are left out.  A database entry is
 * a build: exit 0 with findings, as in Kbuild.  libclang names the file
 * by its absolute path.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -p DIR: flags from compile_commands.json, gcc-only ones left out
 * check-frontend: clang
 * check-command: printf '[{"directory": "%s", "file": "leak-switch.c", "arguments": ["gcc", "-Wp,-MMD,x.d", "-nostdinc", "-Iinclude", "-D__KERNEL__", "-mno-fp-ret-in-387", "-mpreferred-stack-boundary=3", "-mskip-rax-setup", "-mindirect-branch=thunk-extern", "-fconserve-stack", "-fno-allow-store-data-races", "-fzero-init-padding-bits=all", "-fplugin=./scripts/gcc-plugins/stackleak_plugin.so", "-Wno-frame-address", "-DKBUILD_MODNAME=\\"x\\"", "-c", "-o", "x.o", "leak-switch.c"]}]' "$PWD" >$tmpdir/compile_commands.json && gupcheck -p $tmpdir leak-switch.c 2>&1 | sed "s|^$PWD/||" >&2
 *
 * check-error-start
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */

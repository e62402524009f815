/*
 * gupcheck-clang --cross-check: both front ends on each file, and where
 * their models (reduced to what the analysis sees) or findings differ.
 * The sparse front end finds no member for &f->page when page is in an
 * anonymous union (struct folio's shape) and takes the pointer f; clang
 * keeps f->page.  leak-switch.c agrees.
 */
#include "linux-6.1/mm.h"

struct bundle {
	union {
		unsigned long flags;
		struct page page;
	};
	int n;
};

void unpin_bundle(struct bundle *f);
void unpin_bundle(struct bundle *f)
{
	unpin_user_page(&f->page);
}

/*
 * check-name: --cross-check: a member of an anonymous union, sparse's and clang's
 * check-frontend: clang
 * check-command: gupcheck --cross-check -Iinclude $file leak-switch.c
 * check-exit-value: 1
 *
 * check-output-start
--- gupcheck model
+++ gupcheck-clang model
@@ -1,5 +1,5 @@
 unit clang-cross-check.c api=unpin_user_page
 function unpin_bundle at 19
-  obj [f] f param=0
+  obj [f->page] page member="struct bundle.page"
   c0: exit 21:9
-    21:24 release unpin_user_page() [f]
+    21:24 release unpin_user_page() [f->page]
clang-cross-check.c: different model, same findings
leak-switch.c: same model, same findings
 * check-output-end
 */

// SPDX-License-Identifier: GPL-2.0
/// Test rule: put_page() on pages from get_user_pages*() becomes put_user_page().
// GUP-API: USER
// Confidence: High
// Options: --no-includes --include-headers

virtual patch
virtual context
virtual org
virtual report

@gup depends on patch@
identifier fn;
@@
fn(...) {
<+...
(
get_user_pages(...)
|
get_user_pages_fast(...)
)
...+>
}

@depends on patch@
identifier gup.fn;
expression p;
@@
fn(...) {
<...
- put_page(p)
+ put_user_page(p)
...>
}

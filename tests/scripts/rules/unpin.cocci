// SPDX-License-Identifier: GPL-2.0
/// Test rule: get_user_pages*() becomes pin_user_pages*(), put_page() unpin_user_page().
// GUP-API: UNPIN
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
- get_user_pages
+ pin_user_pages
|
- get_user_pages_fast
+ pin_user_pages_fast
)
 (...)
...+>
}

@depends on patch@
identifier gup.fn;
expression p;
@@
fn(...) {
<...
- put_page(p)
+ unpin_user_page(p)
...>
}

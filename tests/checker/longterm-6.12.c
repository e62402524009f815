/*
 * 6.12's FOLL_* values (an enum since 6.3: FOLL_LONGTERM is 1 << 8) and
 * prototypes (no vmas argument since 6.5): a long-term pin kept in a
 * member is read as one, a short-term one is noted, and the count,
 * flags and pages are found by the declared parameters.
 */
#include "linux-6.12/mm.h"

struct region {
	struct page **pages;
	unsigned long npages;
};

static int region_pin(struct region *r, unsigned long uaddr, bool longterm)
{
	long pinned;

	if (longterm)
		pinned = pin_user_pages(uaddr, r->npages,
					FOLL_WRITE | FOLL_LONGTERM, r->pages);
	else
		pinned = pin_user_pages_fast(uaddr, r->npages, FOLL_WRITE,
					     r->pages);
	if (pinned < 0)
		return pinned;
	if (pinned != r->npages) {
		unpin_user_pages(r->pages, pinned);
		return -EFAULT;
	}
	return 0;
}

static void region_unpin(struct region *r)
{
	unpin_user_pages_dirty_lock(r->pages, r->npages, true);
}

static struct region regions[4];

int region_ioctl_pin(int slot, unsigned long uaddr, bool longterm);
int region_ioctl_pin(int slot, unsigned long uaddr, bool longterm)
{
	return region_pin(&regions[slot], uaddr, longterm);
}

void region_ioctl_unpin(int slot);
void region_ioctl_unpin(int slot)
{
	region_unpin(&regions[slot]);
}

/*
 * check-name: 6.12 flag values and prototypes: FOLL_LONGTERM seen, its absence noted
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-error-start
longterm-6.12.c:22:45: note: pin_user_pages_fast() keeps pages in struct region.pages after region_pin() returns: add FOLL_LONGTERM to the flags [gup-longterm]
 * check-error-end
 *
 * check-output-start
{"file":"longterm-6.12.c","line":19,"col":40,"function":"region_pin","api":"pin_user_pages","kind":"pin","tree_api":"unpin_user_page","pages":"r->pages","count":"r->npages","flags":"FOLL_WRITE | FOLL_LONGTERM","longterm":true,"case":2,"releases":[{"line":27,"function":"region_pin","api":"unpin_user_pages","via":null,"kind":"release"},{"line":35,"function":"region_unpin","api":"unpin_user_pages_dirty_lock","via":"struct region.pages","kind":"release"}],"handoff":[],"diagnostics":[],"status":"converted","reason":null}
{"file":"longterm-6.12.c","line":22,"col":45,"function":"region_pin","api":"pin_user_pages_fast","kind":"pin","tree_api":"unpin_user_page","pages":"r->pages","count":"r->npages","flags":"FOLL_WRITE","longterm":false,"case":5,"releases":[{"line":27,"function":"region_pin","api":"unpin_user_pages","via":null,"kind":"release"},{"line":35,"function":"region_unpin","api":"unpin_user_pages_dirty_lock","via":"struct region.pages","kind":"release"}],"handoff":[],"diagnostics":["gup-longterm"],"status":"converted","reason":null}
 * check-output-end
 */

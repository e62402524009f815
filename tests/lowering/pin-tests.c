/*
 * Lowering: the GUP_PIN_TEST facts an ITER acquire's edges carry:
 * iov_iter_extract_will_pin(iter) and user_backed_iter() on the
 * acquire's iterator, a local keeping the answer, and a member keeping
 * it, tested in a function before the one that assigns it; and the
 * 0-or-errno result of bio_iov_iter_get_pages().
 */
#include "linux-6.12/mm.h"

struct req {
	bool pinned;
	struct page **pages;
};

static void req_done(struct req *r, int n)
{
	if (!r->pinned)
		return;
	unpin_user_pages(r->pages, n);
}

static ssize_t req_get(struct req *r, struct iov_iter *iter, struct bio *bio)
{
	bool pin = iov_iter_extract_will_pin(iter);
	size_t off;
	ssize_t n;

	r->pinned = pin;
	n = iov_iter_extract_pages(iter, &r->pages, PAGE_SIZE, 1, 0, &off);
	if (n <= 0)
		return n;
	if (user_backed_iter(iter))
		unpin_user_page(r->pages[0]);
	if (pin)
		return n;
	if (bio_iov_iter_get_pages(bio, iter))
		return -EFAULT;
	return n;
}

/*
 * check-name: pin test facts: will_pin(), user_backed_iter(), a local and a member keeping them; 0-or-errno
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit pin-tests.c api=unpin_user_page
function static req_done at 15
  obj [r->pinned] struct req.pinned
  obj [r->pages] pages member="struct req.pages"
  n0:
    -> n1 if [r->pinned] nopin
    -> n2 if [r->pinned] pins
  n1: exit 18:17
  n2:
    -> n3
  n3: exit 19:9
    19:25 release unpin_user_pages() [r->pages] bound=other
function static req_get at 22
  obj [bio] bio param=2
  obj [iter] iter param=1
  obj [r->pages] pages member="struct req.pages"
  n0:
    29:35 acquire iov_iter_extract_pages() [r->pages] site count=1
    29:11 set n = result
    -> n1 if n failed
    -> n2 if n some && n != 0
  n1: exit 31:17
    31:17 return-count [r->pages]
  n2:
    -> n3
  n3:
    -> n4 if [iter] pins
    -> n5 if [iter] nopin
  n4:
    33:32 release unpin_user_page() [r->pages][i]
    -> n6
  n5:
    -> n6
  n6:
    -> n7 if pin pins
    -> n8 if pin nopin
  n7: exit 35:17
    35:17 return-count [r->pages]
  n8:
    -> n9
  n9:
    36:35 acquire bio_iov_iter_get_pages() [bio] site count=1
    -> n10 if bio_iov_iter_get_pages()@36 failed
    -> n11 if bio_iov_iter_get_pages()@36 full
  n10: exit 37:17
  n11:
    -> n12
  n12: exit 38:9
    38:9 return-count [r->pages]
 * check-output-end
 */

/*
 * Two queues of one struct type, pinned one after the other (the vmci
 * queue pair shape): releasing the first queue's pages when the second
 * pin fails is not a second release of the second queue's pages.
 */
#include "linux-6.1/mm.h"

struct qp_kern_if {
	struct page **header_page;
	unsigned long num_pages;
};

struct qp_queue {
	struct qp_kern_if *kernel_if;
};

static void qp_release_pages(struct page **pages, unsigned long n, bool dirty)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		unpin_user_page(pages[i]);
	}
}

int qp_pin_queues(struct qp_queue *produce_q, struct qp_queue *consume_q,
		  unsigned long produce_uva, unsigned long consume_uva);
int qp_pin_queues(struct qp_queue *produce_q, struct qp_queue *consume_q,
		  unsigned long produce_uva, unsigned long consume_uva)
{
	int ret;

	ret = pin_user_pages_fast(produce_uva, produce_q->kernel_if->num_pages,
				  FOLL_WRITE | FOLL_LONGTERM,
				  produce_q->kernel_if->header_page);
	if (ret < (int)produce_q->kernel_if->num_pages) {
		if (ret > 0)
			qp_release_pages(produce_q->kernel_if->header_page,
					 ret, false);
		return -ENOMEM;
	}

	ret = pin_user_pages_fast(consume_uva, consume_q->kernel_if->num_pages,
				  FOLL_WRITE | FOLL_LONGTERM,
				  consume_q->kernel_if->header_page);
	if (ret < (int)consume_q->kernel_if->num_pages) {
		if (ret > 0)
			qp_release_pages(consume_q->kernel_if->header_page,
					 ret, false);
		qp_release_pages(produce_q->kernel_if->header_page,
				 produce_q->kernel_if->num_pages, false);
		return -ENOMEM;
	}
	return 0;
}
/*
 * check-name: two structs of one type keep their own pins
 */

/*
 * One page pinned for an I/O request page (the acrn ioreq shape): the
 * failure test "ret != 1 || !page" says on both sides that nothing is
 * pinned, so its goto is not a leak; the success path keeps the page in
 * the VM until teardown.
 */
#include "linux-6.1/mm.h"

struct vm {
	struct page *ioreq_page;
	void *ioreq_buf;
};

int hcall_set_ioreq_buffer(void *buf);

int vm_ioreq_init(struct vm *vm, unsigned long buf_vma);
int vm_ioreq_init(struct vm *vm, unsigned long buf_vma)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(buf_vma, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (unlikely(ret != 1) || !page) {
		ret = -EFAULT;
		goto out;
	}

	vm->ioreq_buf = page_address(page);
	vm->ioreq_page = page;
	ret = hcall_set_ioreq_buffer(vm->ioreq_buf);
	if (ret < 0) {
		unpin_user_page(page);
		vm->ioreq_buf = NULL;
		goto out;
	}
	ret = 0;
out:
	return ret;
}
/*
 * check-name: a failure test on the result or the page, joined by ||
 */

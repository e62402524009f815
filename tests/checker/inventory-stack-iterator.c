/*
 * rds_info_getsockopt() as 4.19 has it: the pages of the user's buffer go
 * into an iterator on the stack, which an info function found through a
 * table of function pointers fills with the file's own copy helper
 * (kmap_atomic() of iter->pages, then memcpy()).  The CPU writes the
 * data of a FOLL_WRITE pin: pin_user_pages.rst case 5, FOLL_PIN
 * (upstream converted it by 5.10).  An iterator on the stack still holds
 * the pages when its function returns: a return that does not release
 * them leaks them, the iterator took nothing over.
 */
#include "linux-4.4/mm.h"

void *kmap_atomic(struct page *page);
void kunmap_atomic(void *addr);
void *memcpy(void *to, const void *from, unsigned long n);

struct info_iterator {
	struct page **pages;
	void *addr;
	unsigned long offset;
};

typedef void (*info_func)(struct info_iterator *iter, unsigned int len);

extern info_func info_funcs[8];

void info_copy(struct info_iterator *iter, void *data, unsigned long bytes);
void info_copy(struct info_iterator *iter, void *data, unsigned long bytes)
{
	if (!iter->addr)
		iter->addr = kmap_atomic(*iter->pages);
	memcpy(iter->addr + iter->offset, data, bytes);
}

static void info_iter_unmap(struct info_iterator *iter)
{
	if (iter->addr) {
		kunmap_atomic(iter->addr);
		iter->addr = NULL;
	}
}

int info_getsockopt(int optname, unsigned long start, unsigned int len);
int info_getsockopt(int optname, unsigned long start, unsigned int len)
{
	struct info_iterator iter;
	struct page **pages;
	unsigned long nr_pages = 1, i;
	info_func func;
	int ret;

	pages = kmalloc_array(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = get_user_pages_fast(start, nr_pages, 1, pages);
	if (ret != nr_pages) {
		if (ret > 0)
			nr_pages = ret;
		else
			nr_pages = 0;
		ret = -EFAULT;
		goto out;
	}
	iter.pages = pages;
	iter.addr = NULL;
	iter.offset = start & (PAGE_SIZE - 1);
	func = info_funcs[optname];
	if (func)
		func(&iter, len);
	info_iter_unmap(&iter);
	ret = 0;
out:
	for (i = 0; i < nr_pages; i++)
		put_page(pages[i]);
	kfree(pages);
	return ret;
}

int info_probe(unsigned long start);
int info_probe(unsigned long start)
{
	struct info_iterator iter;
	struct page *page;

	if (get_user_pages_fast(start, 1, 1, &page) != 1)
		return -EFAULT;
	iter.pages = &page;
	iter.addr = NULL;
	iter.offset = 0;
	if (!info_funcs[0])
		return -EINVAL;
	info_funcs[0](&iter, 1);
	info_iter_unmap(&iter);
	put_page(page);
	return 0;
}

/*
 * check-name: --inventory: pages in an iterator on the stack that the file's own code maps and writes are case 5
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && grep -o '"col":[0-9]*,"function":"[a-z_]*"\|"case":[0-9]*\|"status":"[a-z]*"' $tmpdir/gup.jsonl
 *
 * check-output-start
"col":34,"function":"info_getsockopt"
"case":5
"status":"auto"
"col":32,"function":"info_probe"
"case":5
"status":"manual"
 * check-output-end
 *
 * check-error-start
inventory-stack-iterator.c:91:17: error: pages pinned by get_user_pages_fast() at line 85 are not released on the path through the branch at line 90 [gup-leak]
 * check-error-end
 */

/*
 * pin_user_pages.rst case 4 in a 6.1 tree: one page taken with
 * get_user_pages_remote() to read a few bytes through a short CPU
 * mapping, then put_page() (the tomoyo/uprobes opcode-read shape).  The
 * data is only read while the reference is held: FOLL_GET is right and
 * nothing is reported.
 */
#include "linux-6.1/mm.h"

static int dump_bytes(struct mm_struct *mm, unsigned long pos, char *buf,
		      int len)
{
	struct page *page;
	char *kaddr;

	if (get_user_pages_remote(mm, pos, 1, FOLL_FORCE, &page, NULL,
				  NULL) <= 0)
		return -EFAULT;
	kaddr = kmap_atomic(page);
	memcpy(buf, kaddr + offset_in_page(pos), len);
	kunmap_atomic(kaddr);
	put_page(page);
	return 0;
}

int dump_test(struct mm_struct *mm, unsigned long pos, char *buf);
int dump_test(struct mm_struct *mm, unsigned long pos, char *buf)
{
	return dump_bytes(mm, pos, buf, 16);
}

/*
 * check-name: case 4: data only read through a short CPU mapping, put_page() stays
 */

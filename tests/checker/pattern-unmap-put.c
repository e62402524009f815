/*
 * A helper that takes the page out of a page table and drops the
 * mapping's reference (the uprobes __replace_page shape); the caller
 * then drops its GUP reference: one release of its own, not a double
 * release.
 */
#include "linux-6.1/mm.h"

struct vm_area_struct;
void page_remove_rmap(struct page *page, struct vm_area_struct *vma,
		      bool compound);

static void replace_page(struct vm_area_struct *vma, struct page *old_page)
{
	page_remove_rmap(old_page, vma, false);
	put_page(old_page);
}

int write_opcode(struct mm_struct *mm, struct vm_area_struct *vma,
		 unsigned long vaddr);
int write_opcode(struct mm_struct *mm, struct vm_area_struct *vma,
		 unsigned long vaddr)
{
	struct page *old_page;
	int ret;

	ret = get_user_pages_remote(mm, vaddr, 1, FOLL_FORCE, &old_page,
				    NULL, NULL);
	if (ret <= 0)
		return ret;
	replace_page(vma, old_page);
	put_page(old_page);
	return 0;
}

/*
 * check-name: a page table's reference dropped by an unmapping helper is no double release
 */

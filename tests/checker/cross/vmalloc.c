/* Not a fixture: a vmap() that keeps the pages only when told to. */
#include "../include/linux-6.1/mm.h"

#define VM_MAP_PUT_PAGES 0x200

struct vm_struct {
	struct page **pages;
	unsigned int nr_pages;
};

struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
void *vmap(struct page **pages, unsigned int count, unsigned long flags, int prot);

void *vmap(struct page **pages, unsigned int count, unsigned long flags, int prot)
{
	struct vm_struct *area = get_vm_area(count * 4096, flags);

	if (!area)
		return NULL;
	if (flags & VM_MAP_PUT_PAGES) {
		area->pages = pages;
		area->nr_pages = count;
	}
	return area;
}

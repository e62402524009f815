/*
 * A wrapper that takes references into its caller's array and returns
 * how many it holds (the make_device_exclusive_range() shape): the
 * pages it cannot use it puts back, the others go to the caller, who
 * decides whether they need a pin.  Nothing is reported here.
 */
#include "linux-6.1/mm.h"

int grab_exclusive(struct mm_struct *mm, unsigned long start, int npages,
		   struct page **pages);
int grab_exclusive(struct mm_struct *mm, unsigned long start, int npages,
		   struct page **pages)
{
	int i;

	npages = get_user_pages_remote(mm, start, npages, FOLL_GET, pages,
				       NULL, NULL);
	if (npages < 0)
		return npages;
	for (i = 0; i < npages; i++) {
		if (!PageReserved(pages[i]))
			continue;
		put_page(pages[i]);
		pages[i] = NULL;
	}
	return npages;
}

/*
 * check-name: a wrapper returning the count of references it holds for the caller: no gup-release
 */

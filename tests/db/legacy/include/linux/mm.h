/* A 4.19-like tree's mm.h: the 5.2 fixture API and get_user_pages_longterm(). */
#include "../../../../checker/include/linux-5.2/mm.h"

long get_user_pages_longterm(unsigned long start, unsigned long nr_pages,
			     unsigned int gup_flags, struct page **pages,
			     struct vm_area_struct **vmas);

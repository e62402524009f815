/* Not a fixture: puts a page it allocated in a region, then frees it. */
#include "drv.h"

struct own_args {
	struct page *page;
	struct drv_region region;
};

int own_init(struct own_args *args);
int own_init(struct own_args *args)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	args->page = page;
	args->region.pages = &args->page;
	return 0;
}

void own_done(struct own_args *args);
void own_done(struct own_args *args)
{
	__free_page(args->region.pages[0]);
}

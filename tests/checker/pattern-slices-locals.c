/*
 * Three pins into slices of one allocation, each slice named by a local
 * (the vmwgfx mksstat shape): pages_info = pages_stat + num_stat, or
 * + a constant capacity.  The error labels unpin each slice once: no
 * double release.
 */
#include "linux-6.1/mm.h"

struct desc {
	unsigned long stat_ppn[4], info_ppn[4];
};

static int add_stats(struct desc *d, unsigned long stat, unsigned long info,
		     int num_stat, int num_info)
{
	struct page **pages_stat, **pages_info;
	int nr_stat = 0, nr_info = 0, i;

	pages_stat = kcalloc(num_stat + num_info, sizeof(*pages_stat),
			     GFP_KERNEL);
	if (!pages_stat)
		return -ENOMEM;
	pages_info = pages_stat + num_stat;

	nr_stat = pin_user_pages_fast(stat, num_stat, FOLL_LONGTERM, pages_stat);
	if (nr_stat != num_stat)
		goto err_stat;
	for (i = 0; i < num_stat; ++i)
		d->stat_ppn[i] = page_to_pfn(pages_stat[i]);
	nr_info = pin_user_pages_fast(info, num_info, FOLL_LONGTERM, pages_info);
	if (nr_info != num_info)
		goto err_info;
	for (i = 0; i < num_info; ++i)
		d->info_ppn[i] = page_to_pfn(pages_info[i]);
	kfree(pages_stat);
	return 0;

err_info:
	if (nr_info > 0)
		unpin_user_pages(pages_info, nr_info);
err_stat:
	if (nr_stat > 0)
		unpin_user_pages(pages_stat, nr_stat);
	kfree(pages_stat);
	return -ENOMEM;
}

static int add_fixed(unsigned long stat, unsigned long info, int num_stat,
		     int num_info, struct page **pages_stat)
{
	struct page **pages_info = pages_stat + 4;
	int nr_stat, nr_info;

	nr_stat = pin_user_pages_fast(stat, num_stat, FOLL_LONGTERM, pages_stat);
	if (nr_stat != num_stat)
		goto err_stat;
	nr_info = pin_user_pages_fast(info, num_info, FOLL_LONGTERM, pages_info);
	if (nr_info != num_info)
		goto err_info;
	return 0;

err_info:
	if (nr_info > 0)
		unpin_user_pages(pages_info, nr_info);
err_stat:
	if (nr_stat > 0)
		unpin_user_pages(pages_stat, nr_stat);
	return -ENOMEM;
}

int stats_test(struct desc *d, unsigned long stat, unsigned long info,
	       struct page **pages);
int stats_test(struct desc *d, unsigned long stat, unsigned long info,
	       struct page **pages)
{
	return add_stats(d, stat, info, 2, 2) ?:
	       add_fixed(stat, info, 2, 2, pages);
}

/*
 * check-name: pins into slices named by locals are released once each
 */

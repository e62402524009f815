/*
 * References handed on as values computed from the page: a pfn given to
 * memory_failure(pfn, MF_COUNT_INCREASED), which takes the reference over
 * (the madvise_inject_error shape), and a pfn kept by the file's own
 * mapping helper (the vhost_vdpa_pa_map shape).  Neither leaks.  The
 * first is pin_user_pages.rst case 4 (memory_failure() looks only at
 * struct page: GUP_HANDOFF's PAGE), the second case 2 (kept for a
 * device).
 */
#include "linux-6.1/mm.h"

#define MF_COUNT_INCREASED 1

int memory_failure(unsigned long pfn, int flags);

struct iotlb {
	unsigned long pfn[16];
	int n;
};

static int inject_error(unsigned long start)
{
	struct page *page;
	unsigned long pfn;
	int ret;

	ret = get_user_pages_fast(start, 1, 0, &page);
	if (ret != 1)
		return ret;
	pfn = page_to_pfn(page);
	return memory_failure(pfn, MF_COUNT_INCREASED);
}

static void iotlb_map(struct iotlb *iotlb, unsigned long pfn)
{
	iotlb->pfn[iotlb->n++] = pfn;
}

static int pa_map(struct iotlb *iotlb, unsigned long start,
		  struct page **page_list)
{
	unsigned long map_pfn;
	long pinned;

	pinned = pin_user_pages(start, 1, FOLL_LONGTERM | FOLL_WRITE,
				page_list, NULL);
	if (pinned != 1)
		return -EFAULT;
	map_pfn = page_to_pfn(page_list[0]);
	iotlb_map(iotlb, map_pfn);
	return 0;
}

int handoff_test(struct iotlb *iotlb, unsigned long start,
		 struct page **page_list);
int handoff_test(struct iotlb *iotlb, unsigned long start,
		 struct page **page_list)
{
	return inject_error(start) ?: pa_map(iotlb, start, page_list);
}

/*
 * check-name: pfns computed from GUP pages handed on keep no pins behind
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && grep -o '"function":"[a-z_]*"\|"case":[0-9]*' $tmpdir/gup.jsonl
 *
 * check-output-start
"function":"inject_error"
"case":4
"function":"pa_map"
"case":2
 * check-output-end
 */

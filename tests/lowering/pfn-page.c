/*
 * Lowering: a page turned back from a number its caller passed is the
 * page that parameter names.  pfn_to_page() is no call in the kernel but
 * the memory map plus the number (x86's vmemmap + pfn, mem_map + (pfn -
 * offset) elsewhere; a physical address shifted down names its page too):
 * the release of that page is the release of the parameter's page, and a
 * helper that does it (vfio's put_pfn()) releases what its callers pass.
 * The map at a number computed from a local names no one's page.
 */
#include "linux-6.1/mm.h"

extern unsigned long vmemmap_base;
extern struct page *mem_map;
#define vmemmap		((struct page *)vmemmap_base)
#define vmemmap_page(pfn)	(vmemmap + (pfn))
#define flat_page(pfn)	(mem_map + ((pfn) - 256))

static int put_pfn(unsigned long pfn, int prot)
{
	struct page *page = vmemmap_page(pfn);

	if (prot & 2)
		SetPageDirty(page);
	put_page(page);
	return 1;
}

static void put_flat(unsigned long pfn)
{
	put_page(flat_page(pfn));
}

static void put_phys(unsigned long phys)
{
	put_page(vmemmap_page(phys >> 12));
}

static void put_local(int i)
{
	unsigned long pfn = 4096 + i;

	put_page(vmemmap_page(pfn));
}

int put_all(unsigned long pfn, unsigned long phys);
int put_all(unsigned long pfn, unsigned long phys)
{
	put_flat(pfn);
	put_phys(phys);
	put_local(1);
	return put_pfn(pfn, 2);
}

/*
 * check-name: a page turned back from its number (pfn_to_page()) is the parameter's
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit pfn-page.c api=unpin_user_page
function static put_pfn at 18
  obj [page] page
  obj [pfn] pfn param=0
  obj [vmemmap_base] vmemmap_base member="vmemmap_base"
  n0:
    -> n1
    -> n2
  n1:
    23:29 dirty SetPageDirty() [pfn]
    -> n3
  n2:
    -> n3
  n3: exit 25:9
    24:17 release put_page() [pfn]
function static put_flat at 28
  obj [pfn] pfn param=0
  obj [mem_map] mem_map member="mem_map"
  n0: exit 30:9
    30:17 release put_page() [pfn]
function static put_phys at 33
  obj [phys] phys param=0
  obj [vmemmap_base] vmemmap_base member="vmemmap_base"
  n0: exit 35:9
    35:17 release put_page() [phys]
function static put_local at 38
  obj [vmemmap_base] vmemmap_base member="vmemmap_base"
  n0: exit 42:9
    42:17 release put_page() [vmemmap_base]
function put_all at 46
  n0: exit 51:9
    48:17 call put_flat()
    49:17 call put_phys()
    51:23 call put_pfn()
 * check-output-end
 */

/*
 * A member that holds pinned user pages or kernel pages, as a flag says
 * (the tee_shm shape): the release function unpins or puts by the flag.
 * The put_page() side is the kernel pages': nothing is reported.
 */
#include "linux-6.1/mm.h"

#define SHM_USER_MAPPED 1

struct shm {
	struct page **pages;
	int num_pages;
	int flags;
};

static void put_kernel_pages(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}

static void release_pages_of(struct shm *shm)
{
	if (shm->flags & SHM_USER_MAPPED)
		unpin_user_pages(shm->pages, shm->num_pages);
	else
		put_kernel_pages(shm->pages, shm->num_pages);
	kfree(shm->pages);
}

static int register_user(struct shm *shm, unsigned long addr, int n)
{
	int rc;

	rc = pin_user_pages_fast(addr, n, FOLL_LONGTERM, shm->pages);
	if (rc != n) {
		if (rc > 0)
			unpin_user_pages(shm->pages, rc);
		return -EFAULT;
	}
	shm->num_pages = n;
	shm->flags = SHM_USER_MAPPED;
	return 0;
}

int shm_test(struct shm *shm, unsigned long addr);
int shm_test(struct shm *shm, unsigned long addr)
{
	int ret = register_user(shm, addr, 4);

	if (!ret)
		release_pages_of(shm);
	return ret;
}

/*
 * check-name: a member's pages released both ways by a flag in another function: no pin-kind error
 */

/*
 * release_pages() on a get_user_pages() array in a 6.1 tree (the
 * tee/io_uring shape): the batch release is still a FOLL_GET release.
 */
#include "linux-6.1/mm.h"

struct shm {
	struct page **pages;
	int num_pages;
};

static int shm_register(struct shm *shm, unsigned long start, int num_pages)
{
	struct page **pages;
	long rc;

	pages = kcalloc(num_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	rc = get_user_pages(start, num_pages, FOLL_LONGTERM, pages, NULL);
	mmap_read_unlock(current->mm);
	if (rc != num_pages) {
		if (rc > 0)
			release_pages(pages, rc);
		kfree(pages);
		return rc < 0 ? rc : -ENOMEM;
	}
	shm->pages = pages;
	shm->num_pages = num_pages;
	return 0;
}

static void shm_release(struct shm *shm)
{
	release_pages(shm->pages, shm->num_pages);
	kfree(shm->pages);
	shm->pages = NULL;
}

int shm_test(struct shm *shm, unsigned long start);
int shm_test(struct shm *shm, unsigned long start)
{
	int rc = shm_register(shm, start, 4);

	if (!rc)
		shm_release(shm);
	return rc;
}

/*
 * check-name: release_pages() on get_user_pages() pages, error path and _release()
 *
 * check-error-start
release-pages-call.c:25:38: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
release-pages-call.c:36:22: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
 * check-error-end
 */

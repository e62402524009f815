/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GUP API as data: the one source of truth for the checker (included
 * as X-macros), the Coccinelle rules (checked against it) and the scripts
 * (which read every line starting with "GUP_").  Keep one row per line.
 *
 * Argument positions count from 0 and are those of the newest signature;
 * the checker prefers the positions it finds in the prototype the
 * translation unit declares (see src/lower.c), so older kernels
 * with a leading tsk/mm or a write/force pair are handled as well.
 * -1 means "no such argument".
 */

/*
 * GUP_ACQUIRE(name, kind, shape, pages, count, flags, returns, since, until)
 *   kind:    GET (FOLL_GET reference, put_page() family),
 *            PIN (FOLL_PIN pin, unpin_user_page() family) or
 *            ITER (FOLL_PIN pin when a GUP_PIN_TEST on its iterator, the
 *            argument of type struct iov_iter, says so, else no reference
 *            at all: 6.3+ iov_iter_extract_pages() and its users)
 *   shape:   ARRAY  pages is a struct page ** filled with up to count pages
 *            ONE    pages is a struct page ** out-pointer for one page
 *            ALLOC  pages is a struct page *** the callee allocates (or
 *                   fills, when *pages is an array)
 *            RETURN the page is the return value
 *            FOLIOS pages is a struct folio ** filled with up to count folios
 *            FRAMES pages is a struct frame_vector the pages go into
 *            BIO    pages is a struct bio the pages go into
 *   returns: COUNT (pages pinned or -errno), BYTES (bytes or -errno),
 *            BOOL (true when pinned), PAGE (page or ERR_PTR),
 *            ERRNO (0 when it pinned some, else -errno)
 * The kind is the newest kernel's: get_vaddr_frames() took FOLL_GET
 * references before 5.6 and bio_iov_iter_get_pages() before 6.3, and
 * their own releases (kind ANY below) follow.  Kernels since 6.5 refuse
 * FOLL_LONGTERM | FOLL_WRITE pins of file-backed mappings.
 */
GUP_ACQUIRE(get_user_pages,             GET, ARRAY,  3,  1,  2, COUNT, "2.6.12", "")
GUP_ACQUIRE(get_user_pages_fast,        GET, ARRAY,  3,  1,  2, COUNT, "2.6.27", "")
GUP_ACQUIRE(get_user_pages_fast_only,   GET, ARRAY,  3,  1,  2, COUNT, "5.9", "")
GUP_ACQUIRE(get_user_page_fast_only,    GET, ONE,    2, -1,  1, BOOL,  "5.9", "")
GUP_ACQUIRE(get_user_pages_remote,      GET, ARRAY,  4,  2,  3, COUNT, "4.6", "")
GUP_ACQUIRE(get_user_pages_unlocked,    GET, ARRAY,  2,  1,  3, COUNT, "4.6", "")
GUP_ACQUIRE(get_user_pages_locked,      GET, ARRAY,  3,  1,  2, COUNT, "4.6", "5.10")
GUP_ACQUIRE(__get_user_pages_fast,      GET, ARRAY,  3,  1,  2, COUNT, "2.6.31", "5.10")
GUP_ACQUIRE(get_user_pages_longterm,    GET, ARRAY,  3,  1,  2, COUNT, "4.15", "5.2")
GUP_ACQUIRE(get_user_page_vma_remote,   GET, RETURN, -1, -1, 2, PAGE,  "6.5", "")
GUP_ACQUIRE(pin_user_pages,             PIN, ARRAY,  3,  1,  2, COUNT, "5.6", "")
GUP_ACQUIRE(pin_user_pages_fast,        PIN, ARRAY,  3,  1,  2, COUNT, "5.6", "")
GUP_ACQUIRE(pin_user_pages_fast_only,   PIN, ARRAY,  3,  1,  2, COUNT, "5.9", "6.2")
GUP_ACQUIRE(pin_user_pages_remote,      PIN, ARRAY,  4,  2,  3, COUNT, "5.6", "")
GUP_ACQUIRE(pin_user_pages_unlocked,    PIN, ARRAY,  2,  1,  3, COUNT, "5.6", "")
GUP_ACQUIRE(pin_user_pages_locked,      PIN, ARRAY,  3,  1,  2, COUNT, "5.6", "5.10")
GUP_ACQUIRE(iov_iter_get_pages,         GET, ARRAY,  1,  3, -1, BYTES, "3.16", "5.19")
GUP_ACQUIRE(iov_iter_get_pages2,        GET, ARRAY,  1,  3, -1, BYTES, "6.0", "")
GUP_ACQUIRE(iov_iter_get_pages_alloc,   GET, ALLOC,  1, -1, -1, BYTES, "3.16", "5.19")
GUP_ACQUIRE(iov_iter_get_pages_alloc2,  GET, ALLOC,  1, -1, -1, BYTES, "6.0", "")
GUP_ACQUIRE(iov_iter_extract_pages,     ITER, ALLOC, 1,  3, -1, BYTES, "6.3", "")
GUP_ACQUIRE(bio_iov_iter_get_pages,     ITER, BIO,   0, -1, -1, ERRNO, "4.5", "")
GUP_ACQUIRE(get_vaddr_frames,           PIN, FRAMES, 3,  1,  2, COUNT, "4.2", "")
GUP_ACQUIRE(memfd_pin_folios,           PIN, FOLIOS, 3,  4, -1, COUNT, "6.10", "")

/*
 * GUP_PIN_TEST(name, arg, tag): true when an ITER acquire on the
 * iterator in argument arg pins (FOLL_PIN), false when it takes no
 * reference; the acquire's iterator is its argument of type struct tag.
 */
GUP_PIN_TEST(iov_iter_extract_will_pin, 0, iov_iter)
GUP_PIN_TEST(user_backed_iter,          0, iov_iter)

/*
 * GUP_SAME(name, arg): returns what argument arg holds, in another type
 * (the folio of a page): releasing it releases that.  The kernel's
 * page_folio() is a _Generic macro around _compound_head().
 */
GUP_SAME(page_folio,     0)
GUP_SAME(_compound_head, 0)
GUP_SAME(compound_head,  0)
GUP_SAME(nth_page,       0)

/*
 * GUP_ACCESS(name, arg, member): returns, as a struct page **, the pages
 * the struct argument arg points to keeps in member (a frame vector's
 * ptrs[]): releasing them releases those.
 */
GUP_ACCESS(frame_vector_pages, 0, ptrs)

/*
 * GUP_PFN(name, arg): returns a number that names the page in argument
 * arg (pfn_to_page() finds it again): where it is kept, the reference
 * goes with it, to whoever turns it back into the page (vfio's
 * vaddr_get_pfn() and put_pfn()).  A physical address handed to a device
 * (page_to_phys()) is not one: the page stays its pinner's.
 */
GUP_PFN(page_to_pfn, 0)

/*
 * GUP_PFN_PAGE(name, arg): returns the page that the number in argument
 * arg names (what GUP_PFN gave).  The checker sees what it expands to, a
 * global page pointer plus the number (vmemmap + pfn); the SmPL rules see
 * the call, and follow the pages through it where the tree-wide plan
 * says the number is a parameter that holds GUP pages (put_pfn()).
 */
GUP_PFN_PAGE(pfn_to_page, 0)

/*
 * GUP_ERR_TEST(name, arg): true when the page an acquire returned
 * (RETURNS PAGE), in argument arg, is an error pointer: nothing taken.
 */
GUP_ERR_TEST(IS_ERR,         0)
GUP_ERR_TEST(IS_ERR_OR_NULL, 0)

/*
 * GUP_MOVE(from, to): where a tree declares to, pages from that a
 * device reads or writes (handed to an sg list, bio or skb) should come
 * from to instead: FOLL_PIN for user memory.  Reported, not rewritten.
 */
GUP_MOVE(iov_iter_get_pages2,       iov_iter_extract_pages)
GUP_MOVE(iov_iter_get_pages_alloc2, iov_iter_extract_pages)

/*
 * Parameter names by which the checker finds the roles in a declared
 * prototype: GUP_PARAM(role, name).
 */
GUP_PARAM(COUNT, nr_pages)
GUP_PARAM(COUNT, maxpages)
GUP_PARAM(COUNT, nr_frames)
GUP_PARAM(COUNT, nr_pfns)
GUP_PARAM(COUNT, max_folios)
GUP_PARAM(FLAGS, gup_flags)
GUP_PARAM(FLAGS, write)

/*
 * And in a release helper's definition (src/summary.c), which of its
 * parameters is the count and which says whether to dirty.
 */
GUP_PARAM(COUNT, npages)
GUP_PARAM(COUNT, num_pages)
GUP_PARAM(COUNT, n_pages)
GUP_PARAM(DIRTY, dirty)
GUP_PARAM(DIRTY, make_dirty)
GUP_PARAM(DIRTY, set_dirty)
GUP_PARAM(DIRTY, dirty_pages)

/*
 * GUP_RELEASE(name, kind, family, shape, page, count, dirty, since, until)
 *   kind:   what it gives back: GET reference, PIN, or ANY: whatever its
 *           own acquirer took (a bio's or frame vector's release)
 *   family: LEGACY (generic, every generation), USER (put_user_page*,
 *           5.3-5.5, pairs with get_user_pages*), UNPIN (5.6+)
 *   shape:  PAGE, ARRAY (page is a struct page **), RANGE (consecutive
 *           pages from one struct page *), FOLIO (one struct folio *),
 *           FOLIOS (a struct folio **), FRAMES (a struct frame_vector),
 *           BIO (a struct bio)
 *   dirty:  argument that says whether to dirty, -1 never, -2 always
 *           (a call with fewer arguments than the position also
 *           dirties always: the early two-argument _dirty_lock form)
 * A tree offers the family whose functions it declares.
 */
GUP_RELEASE(put_page,                         GET, LEGACY, PAGE,   0, -1, -1, "2.6.12", "")
GUP_RELEASE(release_pages,                    GET, LEGACY, ARRAY,  0,  1, -1, "2.6.16", "")
GUP_RELEASE(folio_put,                        GET, LEGACY, FOLIO,  0, -1, -1, "5.16", "")
GUP_RELEASE(unmap_and_put_page,               GET, LEGACY, PAGE,   0, -1, -1, "6.5", "")
GUP_RELEASE(put_vaddr_frames,                 ANY, LEGACY, FRAMES, 0, -1, -1, "4.2", "")
GUP_RELEASE(bio_release_pages,                ANY, LEGACY, BIO,    0, -1,  1, "5.1", "")
GUP_RELEASE(bio_release_page,                 ANY, LEGACY, PAGE,   1, -1, -1, "6.4", "")
GUP_RELEASE(put_user_page,                    GET, USER,   PAGE,   0, -1, -1, "5.3", "5.5")
GUP_RELEASE(put_user_pages,                   GET, USER,   ARRAY,  0,  1, -1, "5.3", "5.5")
GUP_RELEASE(put_user_pages_dirty,             GET, USER,   ARRAY,  0,  1, -2, "5.3", "5.3")
GUP_RELEASE(put_user_pages_dirty_lock,        GET, USER,   ARRAY,  0,  1,  2, "5.3", "5.5")
GUP_RELEASE(unpin_user_page,                  PIN, UNPIN,  PAGE,   0, -1, -1, "5.6", "")
GUP_RELEASE(unpin_user_pages,                 PIN, UNPIN,  ARRAY,  0,  1, -1, "5.6", "")
GUP_RELEASE(unpin_user_pages_dirty_lock,      PIN, UNPIN,  ARRAY,  0,  1,  2, "5.6", "")
GUP_RELEASE(unpin_user_page_range_dirty_lock, PIN, UNPIN,  RANGE,  0,  1,  2, "5.12", "")
GUP_RELEASE(unpin_folio,                      PIN, UNPIN,  FOLIO,  0, -1, -1, "6.10", "")
GUP_RELEASE(unpin_folios,                     PIN, UNPIN,  FOLIOS, 0,  1, -1, "6.10", "")
GUP_RELEASE(unpin_user_folio,                 PIN, UNPIN,  FOLIO,  0, -1, -1, "6.11", "")

/*
 * The replacement a family offers for each job, used in suggestions and
 * by the rewrite: GUP_REPLACE(family, page, pages, pages_dirty, acquire)
 *   acquire: how get_user_pages* is renamed ("" when it stays).
 */
GUP_REPLACE(USER,  put_user_page,   put_user_pages,   put_user_pages_dirty_lock,   "")
GUP_REPLACE(UNPIN, unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock, "pin_")

/* GUP_DIRTY(name, locked, page): marks a page dirty. */
GUP_DIRTY(set_page_dirty,      UNLOCKED, 0)
GUP_DIRTY(set_page_dirty_lock, LOCKED,   0)
GUP_DIRTY(SetPageDirty,        UNLOCKED, 0)

/*
 * GUP_FREE(name, arg): frees memory, never the right way to give back a
 * GUP page (only wrong when its argument is a page, not the array).
 */
GUP_FREE(__free_page,  0)
GUP_FREE(__free_pages, 0)
GUP_FREE(free_page,    0)
GUP_FREE(kfree,        0)
GUP_FREE(kvfree,       0)
GUP_FREE(vfree,        0)

/*
 * GUP_ALLOC(name, arg): fills the page array in argument arg from the page
 * allocator (pages to free, not to release).
 */
GUP_ALLOC(alloc_pages_bulk_array,      2)
GUP_ALLOC(alloc_pages_bulk_array_node, 3)

/*
 * GUP_HANDOFF(name, arg, to): takes the pages (or page) in argument arg
 * into another object that releases them later; arg may be a value
 * computed from the page, such as its pfn (memory_failure(pfn,
 * MF_COUNT_INCREASED) takes the reference over).  to: DEVICE when the
 * object takes them for I/O (sg, bio, skb; pin_user_pages.rst case 1),
 * PAGE when it only looks at struct page (case 4).
 */
GUP_HANDOFF(sg_set_page,                       1, DEVICE)
GUP_HANDOFF(sg_alloc_table_from_pages,         1, DEVICE)
GUP_HANDOFF(sg_alloc_table_from_pages_segment, 1, DEVICE)
GUP_HANDOFF(__sg_alloc_table_from_pages,       1, DEVICE)
GUP_HANDOFF(bio_add_page,                      1, DEVICE)
GUP_HANDOFF(__bio_add_page,                    1, DEVICE)
GUP_HANDOFF(bio_add_pc_page,                   2, DEVICE)
GUP_HANDOFF(bio_add_hw_page,                   2, DEVICE)
GUP_HANDOFF(sg_alloc_append_table_from_pages,  1, DEVICE)
GUP_HANDOFF(skb_fill_page_desc,                2, DEVICE)
GUP_HANDOFF(skb_fill_page_desc_noacc,          2, DEVICE)
GUP_HANDOFF(__skb_fill_page_desc,              2, DEVICE)
GUP_HANDOFF(skb_add_rx_frag,                   2, DEVICE)
GUP_HANDOFF(bvec_set_page,                     1, DEVICE)
GUP_HANDOFF(osd_req_op_extent_osd_data_pages,  2, DEVICE)
GUP_HANDOFF(memory_failure,                    0, PAGE)
GUP_HANDOFF(soft_offline_page,                 0, PAGE)

/*
 * GUP_UNMAP(name, arg): takes the page in argument arg out of a page
 * table; the reference its function puts afterwards is the mapping's,
 * not a GUP reference (uprobes' __replace_page()).
 */
GUP_UNMAP(page_remove_rmap,       0)
GUP_UNMAP(folio_remove_rmap_pte,  0)
GUP_UNMAP(folio_remove_rmap_ptes, 0)

/*
 * GUP_CONTAINER(type, member): a member of a kernel-wide container whose
 * owner (the block layer, networking) releases the pages: storing GUP
 * pages into it hands them off, as bvec_set_page() does.  gup-db does not
 * follow such members through the tree (scripts/guplib/gupdb.py).
 */
GUP_CONTAINER(bio_vec,     bv_page)
GUP_CONTAINER(pipe_buffer, page)

/*
 * GUP_USE(name, arg, use): a call that reaches the data of the page (or
 * pages) in argument arg, for pin_user_pages.rst's cases (src/classify.c):
 *   DEVICE  a device reads or writes it (the sg/bio/skb hand-offs above
 *           count as DEVICE too)
 *   CPU     the CPU maps, reads or writes it
 * Calls listed nowhere look at struct page only (the rst's case 4).
 */
GUP_USE(dma_map_page,          1, DEVICE)
GUP_USE(dma_map_page_attrs,    1, DEVICE)
GUP_USE(pci_map_page,          1, DEVICE)
GUP_USE(kmap,                  0, CPU)
GUP_USE(kmap_atomic,           0, CPU)
GUP_USE(kmap_local_page,       0, CPU)
GUP_USE(page_address,          0, CPU)
GUP_USE(vmap,                  0, CPU)
GUP_USE(vm_map_ram,            0, CPU)
GUP_USE(copy_highpage,         0, CPU)
GUP_USE(copy_user_highpage,    0, CPU)
GUP_USE(memcpy_to_page,        0, CPU)
GUP_USE(memcpy_from_page,      1, CPU)
GUP_USE(copy_page_from_iter,   0, CPU)
GUP_USE(copy_page_to_iter,     0, CPU)
GUP_USE(zero_user_segments,    0, CPU)
GUP_USE(flush_dcache_page,     0, CPU)

/*
 * GUP_NOTIFIER(name): registers for MMU notifier callbacks; a unit that
 * calls one may keep FOLL_GET pages and drop them on invalidation
 * (pin_user_pages.rst case 3).
 */
GUP_NOTIFIER(mmu_notifier_register)
GUP_NOTIFIER(__mmu_notifier_register)
GUP_NOTIFIER(mmu_notifier_get_locked)
GUP_NOTIFIER(mmu_interval_notifier_insert)
GUP_NOTIFIER(mmu_interval_notifier_insert_locked)

/*
 * GUP_WARN(name): reports a kernel bug (WARN(cond, fmt, ...)); what a
 * path does after it is not ordinary error handling, and the path
 * checks leave it alone.  WARN_ON() itself is an instruction on x86, no
 * call: only the WARN()s with a message are seen.
 */
GUP_WARN(__warn_printk)
GUP_WARN(warn_slowpath_fmt)

/*
 * GUP_FLAG(name, value): gup_flags bits the checks look at, with their
 * 5.x-6.2 values.  6.3 made them an enum with other values (FOLL_LONGTERM
 * is 1 << 8 there): the checker reads the values the tree defines.
 */
GUP_FLAG(FOLL_WRITE,    0x01)
GUP_FLAG(FOLL_GET,      0x04)
GUP_FLAG(FOLL_LONGTERM, 0x10000)
GUP_FLAG(FOLL_PIN,      0x40000)

/*
 * GUP_CONVERT(name, family, to, flags): what a FOLL_GET acquirer becomes
 * when a tree converts to a family's API; to "" when nothing replaces it
 * (the site stays), flags its new flags argument made from the old one, F
 * ("" unchanged).  5.3-5.5's put_user_page*() still pairs with the
 * FOLL_GET acquirers; 5.6+ pins.  cocci/ is generated from these rows.
 */
/*
 * GUP_WRITE_ARG(name, arg): argument arg of name was an int write before
 * it took gup_flags (get_user_pages_fast() before 5.2).  In a tree whose
 * include/linux/mm.h still calls it write, the pin_ form that replaces
 * name gets FOLL_WRITE or 0 there, as GUP_CONVERT's "F ? FOLL_WRITE : 0".
 */
GUP_WRITE_ARG(get_user_pages_fast, 2)

GUP_CONVERT(get_user_pages,           USER,  get_user_pages,           "")
GUP_CONVERT(get_user_pages_fast,      USER,  get_user_pages_fast,      "")
GUP_CONVERT(get_user_pages_remote,    USER,  get_user_pages_remote,    "")
GUP_CONVERT(get_user_pages_unlocked,  USER,  get_user_pages_unlocked,  "")
GUP_CONVERT(get_user_pages_locked,    USER,  get_user_pages_locked,    "")
GUP_CONVERT(__get_user_pages_fast,    USER,  __get_user_pages_fast,    "")
GUP_CONVERT(get_user_pages_longterm,  USER,  get_user_pages_longterm,  "")
GUP_CONVERT(get_user_pages,           UNPIN, pin_user_pages,           "")
GUP_CONVERT(get_user_pages_fast,      UNPIN, pin_user_pages_fast,      "")
GUP_CONVERT(get_user_pages_fast_only, UNPIN, pin_user_pages_fast_only, "")
GUP_CONVERT(get_user_pages_remote,    UNPIN, pin_user_pages_remote,    "")
GUP_CONVERT(get_user_pages_unlocked,  UNPIN, pin_user_pages_unlocked,  "")
GUP_CONVERT(get_user_pages_locked,    UNPIN, pin_user_pages_locked,    "")
GUP_CONVERT(__get_user_pages_fast,    UNPIN, pin_user_pages_fast_only, "F ? FOLL_WRITE : 0")
GUP_CONVERT(get_user_pages_longterm,  UNPIN, pin_user_pages,           "F | FOLL_LONGTERM")


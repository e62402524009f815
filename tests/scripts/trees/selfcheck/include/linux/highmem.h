/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>

void *kmap(struct page *page);
void kunmap(struct page *page);

#endif /* _LINUX_HIGHMEM_H */

# SPDX-License-Identifier: GPL-2.0
"""Shared code of the gup-convert, gup-inventory and gup-review scripts."""

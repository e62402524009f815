# SPDX-License-Identifier: GPL-2.0
"""Which objects a configured kernel build compiles, read from its .config
and the tree's Kbuild makefiles (x86 builds)."""

import os
import re

SKIP_DIRS = {"Documentation", "tools", "scripts", "samples", "usr"}
ARCH = "x86"


class Kconfig:
    """What BUILD's .config enables, and which objects the makefiles build."""

    def __init__(self, src, build):
        self.src = src
        self.config = {}
        with open(os.path.join(build, ".config")) as f:
            for line in f:
                m = re.match(r"(CONFIG_\w+)=(.*)", line)
                if m:
                    self.config[m.group(1)] = m.group(2)
        self.makefiles = {}
        self.elsewhere = None

    def assignments(self, d):
        """{variable: [words]} of directory d's Kbuild file (Kbuild preferred
        to Makefile, as Kbuild does) and the files it includes, with
        $(CONFIG_X) in the variable names replaced by their value
        (obj-$(CONFIG_MMU) becomes obj-y) and plain variables expanded in
        the words (KVM := ../../../virt/kvm; kvm-y += $(KVM)/kvm_main.o)."""
        if d not in self.makefiles:
            rows = {}
            for name in ("Kbuild", "Makefile"):
                path = os.path.join(self.src, d, name)
                if os.path.isfile(path):
                    for line in self.lines(path):
                        self.assign(rows, line)
                    break
            self.makefiles[d] = rows
        return self.makefiles[d]

    def lines(self, path, seen=()):
        """The logical lines of makefile path, with the lines of the files
        it includes from the tree in their place (each once on a path)."""
        seen = {*seen, path}
        with open(path, errors="replace") as f:
            text = re.sub(r"\\\n", " ", f.read())
        for line in text.splitlines():
            line = line.split("#", 1)[0]
            m = re.match(r"\s*-?include\s+\$\(srctree\)/(\S+)\s*$", line)
            inc = m and os.path.join(self.src, m.group(1))
            if inc and os.path.isfile(inc) and inc not in seen:
                yield from self.lines(inc, seen)
            else:
                yield line

    def assign(self, rows, line):
        """Record makefile line in rows if it is an assignment."""
        m = re.match(r"\s*([\w$()-]+)\s*([+?:]?)=\s*(.*)", line)
        if not m:
            return
        var = re.sub(r"\$\((CONFIG_\w+)\)",
                     lambda c: self.config.get(c.group(1), ""), m.group(1))
        if m.group(2) == "?" and var in rows:
            return
        words = re.sub(r"\$\(([\w]+)\)", lambda v: " ".join(rows.get(v.group(1), [v.group(0)])),
                       m.group(3).replace("$(SRCARCH)", ARCH)).split()
        rows[var] = (rows.get(var, []) if m.group(2) == "+" else []) + words

    def dir_built(self, d):
        """Does Kbuild descend into directory d?  Its parent may list it,
        or an ancestor further up (obj-$(CONFIG_DRM_AMDGPU) += amd/amdgpu/
        in drivers/gpu/drm)."""
        parts = d.split("/")
        if parts[0] in SKIP_DIRS or (parts[0] == "arch" and d != "arch" and parts[1] != ARCH):
            return False
        if len(parts) == 1 or d == "arch/" + ARCH:
            return True     # listed by ./Kbuild or the top Makefile
        for k in range(len(parts) - 1, 0, -1):
            parent, rel = "/".join(parts[:k]), "/".join(parts[k:]) + "/"
            if self.listed(parent, rel, set()) and self.dir_built(parent):
                return True
        return False

    def listed(self, d, word, seen):
        """Is word (foo.o or sub/) enabled by an assignment in d?"""
        for var, words in self.assignments(d).items():
            m = re.fullmatch(r"([\w-]+)-(y|m|objs)", var)
            if not m or word not in words:
                continue
            owner = m.group(1)
            if owner in ("obj", "lib", "core", "drivers", "libs"):
                return True
            # a composite object (owner.o), or a list used as $(owner-y)
            for via in (owner + ".o", "$(%s-y)" % owner):
                if via not in seen and self.listed(d, via, seen | {word}):
                    return True
        return False

    def builds(self, obj):
        """Is obj built, by its directory's makefile or, as a member of
        a composite object (i915-y += gem/x.o), by an ancestor's or by
        another directory's (kvm-y += ../../../virt/kvm/kvm_main.o)?"""
        d = os.path.dirname(obj)
        owners = []
        while d:
            owners.append(d)
            d = os.path.dirname(d)
        return any(self.names(d, obj) for d in owners) or \
            any(self.names(d, obj) for d in self.named_from_elsewhere().get(obj, []))

    def names(self, d, obj):
        """Does directory d, built, name obj (by a path from d)?"""
        return self.dir_built(d) and self.listed(d, os.path.relpath(obj, d), set())

    def named_from_elsewhere(self):
        """{object: [directories]}: the objects makefiles name by a path
        out of their own directory, found once over the whole tree."""
        if self.elsewhere is None:
            self.elsewhere = {}
            for d, subdirs, files in os.walk(self.src):
                rel = os.path.relpath(d, self.src)
                if rel == ".":
                    subdirs[:] = [s for s in subdirs if s not in SKIP_DIRS]
                    continue
                if not {"Kbuild", "Makefile"} & set(files):
                    continue
                for words in self.assignments(rel).values():
                    for w in words:
                        if w.startswith("../") and w.endswith(".o"):
                            obj = os.path.normpath(os.path.join(rel, w))
                            self.elsewhere.setdefault(obj, []).append(rel)
        return self.elsewhere

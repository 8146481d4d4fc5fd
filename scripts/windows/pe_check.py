#!/usr/bin/env python3
"""Check the cross-built daihoi.exe the way Windows will see it.

Reads the PE headers (no Windows needed) and checks that the file is
  - a 64-bit (x86-64, PE32+) program for the GUI subsystem, so no console
    window opens behind the app;
  - carrying its resources: the icon group (with a 256 px image), the
    version information (with the Vietnamese description) and the manifest;
  - needing only DLLs every Windows PC has (no mingw runtime DLLs such as
    libgcc_s_seh-1.dll or libwinpthread-1.dll, which an office PC lacks).
Prints one summary line per check; exit 1 with the reason on failure.

Usage: pe_check.py daihoi.exe
"""

import struct
import sys

RT_ICON, RT_GROUP_ICON, RT_VERSION, RT_MANIFEST = 3, 14, 16, 24
# DLLs that come with mingw, not with Windows.
MINGW_RUNTIME = ("libgcc", "libwinpthread", "libstdc++", "libssp", "libatomic")


class PE:
    def __init__(self, data):
        self.data = data
        if data[:2] != b"MZ":
            raise SystemExit("not an MZ/PE file")
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        if data[pe : pe + 4] != b"PE\0\0":
            raise SystemExit("no PE signature")
        self.machine, nsect, _, _, _, opt_size, _ = struct.unpack_from("<HHIIIHH", data, pe + 4)
        opt = pe + 24
        self.magic = struct.unpack_from("<H", data, opt)[0]
        if self.magic != 0x20B:
            raise SystemExit(f"optional header magic {self.magic:#x}, expected PE32+ (0x20b)")
        self.subsystem = struct.unpack_from("<H", data, opt + 68)[0]
        ndirs = struct.unpack_from("<I", data, opt + 108)[0]
        self.dirs = [struct.unpack_from("<II", data, opt + 112 + 8 * i) for i in range(ndirs)]
        self.sections = []
        sect = opt + opt_size
        for i in range(nsect):
            name, vsize, va, rsize, rptr = struct.unpack_from("<8sIIII", data, sect + 40 * i)
            self.sections.append((name.rstrip(b"\0").decode(errors="replace"), va, max(vsize, rsize), rptr))

    def off(self, rva):
        for _name, va, size, rptr in self.sections:
            if va <= rva < va + size:
                return rptr + rva - va
        raise SystemExit(f"RVA {rva:#x} outside every section")

    def cstr(self, rva):
        o = self.off(rva)
        return self.data[o : self.data.index(b"\0", o)].decode(errors="replace")

    def imports(self):
        rva, size = self.dirs[1]
        names = []
        if not rva:
            return names
        o = self.off(rva)
        while True:
            entry = struct.unpack_from("<IIIII", self.data, o)
            if entry == (0, 0, 0, 0, 0):
                return names
            names.append(self.cstr(entry[3]))
            o += 20

    def resources(self):
        """{type id: [(name id, data bytes)]}"""
        rva, _size = self.dirs[2]
        if not rva:
            return {}
        base = self.off(rva)

        def entries(o):
            named, ids = struct.unpack_from("<HH", self.data, o + 12)
            for i in range(named + ids):
                name, target = struct.unpack_from("<II", self.data, o + 16 + 8 * i)
                yield name, target

        out = {}
        for type_id, t in entries(base):
            for name_id, n in entries(base + (t & 0x7FFFFFFF)):
                for _lang, l in entries(base + (n & 0x7FFFFFFF)) if n & 0x80000000 else [(0, n)]:
                    drva, dsize = struct.unpack_from("<II", self.data, base + (l & 0x7FFFFFFF))
                    o = self.off(drva)
                    out.setdefault(type_id, []).append((name_id, self.data[o : o + dsize]))
        return out


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    pe = PE(open(sys.argv[1], "rb").read())
    if pe.machine != 0x8664:
        raise SystemExit(f"machine {pe.machine:#x}, expected x86-64 (0x8664)")
    if pe.subsystem != 2:
        raise SystemExit(f"subsystem {pe.subsystem}, expected 2 (Windows GUI): a console window would open")
    print("x86-64 PE32+, GUI subsystem (no console window)")

    res = pe.resources()
    groups = res.get(RT_GROUP_ICON, [])
    if not groups:
        raise SystemExit("no icon group resource: the .exe has no icon")
    _, grp = groups[0]
    _reserved, _type, count = struct.unpack_from("<HHH", grp, 0)
    sizes = sorted((grp[6 + 14 * i] or 256) for i in range(count))
    if 256 not in sizes or 16 not in sizes or len(res.get(RT_ICON, [])) < count:
        raise SystemExit(f"icon group incomplete: sizes {sizes}, {len(res.get(RT_ICON, []))} images")
    print("icon " + "/".join(str(s) for s in sizes) + " px")

    versions = res.get(RT_VERSION, [])
    if not versions:
        raise SystemExit("no version information resource")
    text = versions[0][1].decode("utf-16-le", errors="replace")
    if "FileDescription" not in text or "Chuẩn bị đại hội chi bộ" not in text:
        raise SystemExit("version information lacks the Vietnamese FileDescription")
    print("version information (FileDescription: Chuẩn bị đại hội chi bộ)")

    manifests = res.get(RT_MANIFEST, [])
    if not manifests or b"asInvoker" not in manifests[0][1]:
        raise SystemExit("no application manifest (asInvoker)")
    print("manifest (asInvoker, Windows 10/11, common controls 6)")

    dlls = pe.imports()
    foreign = [d for d in dlls if d.lower().startswith(MINGW_RUNTIME)]
    if foreign:
        raise SystemExit(f"needs mingw runtime DLLs an office PC lacks: {', '.join(foreign)}")
    print("imports only Windows DLLs: " + ", ".join(sorted({d.lower() for d in dlls})))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check that every file and folder name under a folder is legal on Windows:
no < > : " / \\ | ? * or control characters, no trailing dot or space, not a
reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without
extension), at most 255 characters, and the full path (as C:\\...\\name,
counted from the folder given) short enough for MAX_PATH (260) when the folder
sits at most 100 characters deep. Prints each bad name; exit 1 if any.

Usage: win_names.py FOLDER
"""

import os
import sys
import unicodedata

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
ROOM_FOR_PARENT = 100


def problems(name):
    bad = sorted({c for c in name if c in FORBIDDEN})
    if bad:
        yield "forbidden characters " + " ".join(repr(c) for c in bad)
    if name.endswith((".", " ")):
        yield "ends with a dot or space"
    if name.split(".")[0].upper().rstrip() in RESERVED:
        yield "reserved device name"
    if len(name) > 255:
        yield f"{len(name)} characters (limit 255)"
    if unicodedata.normalize("NFC", name) != name:
        yield "not in Unicode NFC (Windows would show a different name than Linux)"


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    top = sys.argv[1]
    failed = 0
    for dirpath, dirs, files in os.walk(top):
        for name in dirs + files:
            rel = os.path.relpath(os.path.join(dirpath, name), top)
            for p in problems(name):
                print(f"{rel}: {p}")
                failed += 1
            if ROOM_FOR_PARENT + len(rel) + 1 > 259:
                print(f"{rel}: path too long for Windows ({len(rel)} characters inside the output folder)")
                failed += 1
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

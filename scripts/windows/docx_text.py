#!/usr/bin/env python3
"""Print a canonical text dump of every .docx under a folder, for comparing
the documents made by the Windows build with the Linux build's.

For each file (sorted by path relative to the folder) it checks that the
file is a sound zip (CRC of every member), that it holds
[Content_Types].xml and word/document.xml, and that every XML part parses;
then it prints the file's relative path, the text of each paragraph of
word/document.xml (w:t runs joined, tabs and breaks marked, table cells
separated by " | ") and the SHA-256 of every part, so two dumps are equal
only when the documents have the same text and the same parts byte for byte
(the zip headers themselves may differ, e.g. in the "made by" OS byte).
Exit 1 (with the file named) when a check fails.

Usage: docx_text.py FOLDER > dump.txt
"""

import hashlib
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraph_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\\t")
        elif el.tag in (W + "br", W + "cr"):
            out.append("\\n")
    return "".join(out)


def body_lines(body):
    """Paragraphs in order; a table row becomes one line of its cells."""
    for child in body:
        if child.tag == W + "p":
            yield paragraph_text(child)
        elif child.tag == W + "tbl":
            for row in child.iter(W + "tr"):
                cells = []
                for cell in row.findall(W + "tc"):
                    cells.append(" / ".join(paragraph_text(p) for p in cell.iter(W + "p")))
                yield "[row] " + " | ".join(cells)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from body_lines(content)


def dump(path, rel):
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        raise SystemExit(f"{rel}: not a zip file ({e})")
    with zf:
        bad = zf.testzip()
        if bad is not None:
            raise SystemExit(f"{rel}: member {bad} is damaged (CRC)")
        names = set(zf.namelist())
        for required in ("[Content_Types].xml", "word/document.xml"):
            if required not in names:
                raise SystemExit(f"{rel}: missing {required}")
        for name in sorted(names):
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    ET.fromstring(zf.read(name))
                except ET.ParseError as e:
                    raise SystemExit(f"{rel}: {name} is not well-formed XML ({e})")
        root = ET.fromstring(zf.read("word/document.xml"))
        body = root.find(W + "body")
        if body is None:
            raise SystemExit(f"{rel}: word/document.xml has no w:body")
        print(f"=== {rel}")
        for line in body_lines(body):
            print(line)
        for name in sorted(names):
            print(f"[part] {name} {hashlib.sha256(zf.read(name)).hexdigest()}")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    top = sys.argv[1]
    found = []
    for dirpath, _dirs, files in os.walk(top):
        for f in files:
            if f.lower().endswith(".docx"):
                full = os.path.join(dirpath, f)
                found.append((os.path.relpath(full, top).replace(os.sep, "/"), full))
    if not found:
        raise SystemExit(f"{top}: no .docx files")
    for rel, full in sorted(found):
        dump(full, rel)


if __name__ == "__main__":
    main()

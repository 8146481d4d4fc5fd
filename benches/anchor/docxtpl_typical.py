"""docxtpl's `typical` variant of the speed anchor, N documents in one process,
for timing the whole command beside `DAIHOI_ANCHOR_DOCS=N` of the anchor bench:

    DAIHOI_ANCHOR_DOCS=100 farm-bench -n 5 \
        --vs "python3 benches/anchor/docxtpl_typical.py 100" -- target/release/deps/anchor-HASH

Per document, as the anchor's bench.py does: DocxTemplate(template.docx) ->
render(context) -> save(/tmp/docxtpl-bench/typical_XXXX.docx). The anchor
folder is DAIHOI_DOCXTPL_ANCHOR, else ../shared/anchors/docxtpl from the
project or one of its parent folders (as the anchor bench finds it).
"""
import json
import os
import sys

from docxtpl import DocxTemplate

here = os.path.dirname(os.path.abspath(__file__))


def find_anchor():
    if os.environ.get("DAIHOI_DOCXTPL_ANCHOR"):
        return os.environ["DAIHOI_DOCXTPL_ANCHOR"]
    d = os.path.normpath(os.path.join(here, "..", ".."))
    while True:
        c = os.path.normpath(os.path.join(d, "..", "shared", "anchors", "docxtpl"))
        if os.path.isfile(os.path.join(c, "context.json")):
            return c
        if os.path.dirname(d) == d:
            sys.exit("docxtpl_typical: no anchor folder (set DAIHOI_DOCXTPL_ANCHOR)")
        d = os.path.dirname(d)


anchor = find_anchor()
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
with open(os.path.join(anchor, "context.json"), encoding="utf-8") as f:
    ctx = json.load(f)
out = "/tmp/docxtpl-bench"
os.makedirs(out, exist_ok=True)
for i in range(n):
    tpl = DocxTemplate(os.path.join(anchor, "template.docx"))
    tpl.render(ctx)
    tpl.save(f"{out}/typical_{i:04d}.docx")

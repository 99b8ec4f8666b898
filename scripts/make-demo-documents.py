#!/usr/bin/env python3
"""Builds the demo recipe's documents (recipes/files/*.odt) from the region's own texts in ../shared/seed-documents.

OpenDocument text files: a zip whose first entry is the uncompressed "mimetype", then a manifest and content.xml.
Lines starting with "#" become headings, other non-empty lines paragraphs; Arabic text is laid out right to left.
Run from the repository root: python3 scripts/make-demo-documents.py [SEED_DIR]
"""
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SEED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/seed-documents")
OUT = Path("recipes/files")

DOCUMENTS = {
    "region-council-communique-ogp-2022.txt": "communique-conseil-regional-ogp-2022.odt",
    "open-region-program-2020-2023.txt": "programme-region-ouverte-2020-2023.odt",
    "region-it-master-plan.txt": "schema-directeur-informatique-region.odt",
}

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="start" style:writing-mode="rl-tb"/></style:style>
  <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
"""

TAIL = """ </office:text></office:body>
</office:document-content>
"""


def content(text: str) -> str:
    body = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            body.append(f'  <text:h text:style-name="H1" text:outline-level="1">{escape(line.lstrip("# ").strip())}</text:h>\n')
        else:
            body.append(f'  <text:p text:style-name="P1">{escape(line)}</text:p>\n')
    return HEAD + "".join(body) + TAIL


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for source, target in DOCUMENTS.items():
        text = (SEED / source).read_text(encoding="utf-8")
        path = OUT / target
        with zipfile.ZipFile(path, "w") as odt:
            # Fixed timestamps: the same text gives the same file.
            info = zipfile.ZipInfo("mimetype", date_time=(2023, 1, 1, 0, 0, 0))
            odt.writestr(info, "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
            for name, data in (("META-INF/manifest.xml", MANIFEST), ("content.xml", content(text))):
                odt.writestr(zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
        print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write the ZIP and DEFLATE edge cases the document readers are tested on (Python's zipfile and zlib).

Usage: make-archive-fixtures.py OUT   (Python 3.11, standard library only, deterministic)

OUT/deflate/*.deflate  raw DEFLATE streams made by zlib (fixed Huffman, dynamic Huffman, stored blocks, distances
                       up to 32768, several blocks with flushes); OUT/deflate/manifest.json gives each stream's
                       inflated size and CRC-32.
OUT/*.docx             minimal Word documents and damaged archives: stored entries, data descriptors, a ZIP64
                       extra field (readable), a central directory deferring to ZIP64 (refused), a corrupt CRC, a
                       truncated archive, zip bombs (too large, too high a ratio, lying about its size), an archive
                       without word/document.xml, a file that is not an archive.
"""

from __future__ import annotations

import io
import json
import random
import sys
import zlib
import zipfile
from pathlib import Path

DATE = (2024, 1, 1, 0, 0, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
    '<w:p><w:r><w:t>标题</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">A &amp; B</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>'
    '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
    '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>合并</w:t></w:r></w:p></w:tc>'
    '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>总计</w:t></w:r></w:p></w:tc></w:tr>'
    '<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc>'
    '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>'
    '</w:tbl><w:p><w:r><w:t>完</w:t></w:r></w:p><w:sectPr/></w:body></w:document>'
).encode("utf-8")


class Unseekable(io.RawIOBase):
    """A write-only stream zipfile cannot seek in, so it writes data descriptors after each entry."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.data += b
        return len(b)


def docx(document: bytes, compression: int, **options) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", DATE), b"<Types/>", compress_type=compression)
        archive.writestr(zipfile.ZipInfo("word/document.xml", DATE), document, compress_type=compression, **options)
    return buffer.getvalue()


def archives(out: Path) -> None:
    (out / "stored.docx").write_bytes(docx(DOCUMENT, zipfile.ZIP_STORED))
    (out / "deflated.docx").write_bytes(docx(DOCUMENT, zipfile.ZIP_DEFLATED))
    stream = Unseekable()
    with zipfile.ZipFile(stream, "w") as archive:
        with archive.open(zipfile.ZipInfo("word/document.xml", DATE), "w") as entry:
            entry.write(DOCUMENT)
    (out / "descriptor.docx").write_bytes(bytes(stream.data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(zipfile.ZipInfo("word/document.xml", DATE), "w", force_zip64=True) as entry:
            entry.write(DOCUMENT)
    (out / "zip64-extra.docx").write_bytes(buffer.getvalue())
    # A central directory that defers the sizes to ZIP64 records, as archives over 4 GiB do.
    marked = bytearray(docx(DOCUMENT, zipfile.ZIP_DEFLATED))
    directory = marked.rindex(b"PK\x01\x02")
    marked[directory + 20:directory + 28] = b"\xff" * 8
    (out / "zip64.docx").write_bytes(bytes(marked))
    stored = bytearray(docx(DOCUMENT, zipfile.ZIP_STORED))
    stored[stored.index("合并".encode())] ^= 0x01
    (out / "corrupt-crc.docx").write_bytes(bytes(stored))
    whole = docx(DOCUMENT, zipfile.ZIP_DEFLATED)
    (out / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    (out / "bomb.docx").write_bytes(docx(b" " * (65 << 20), zipfile.ZIP_DEFLATED))
    (out / "bomb-ratio.docx").write_bytes(docx(b" " * (10 << 20), zipfile.ZIP_DEFLATED))
    # A smaller bomb whose central directory claims 4096 bytes.
    lying = bytearray(docx(b" " * (1 << 20), zipfile.ZIP_DEFLATED))
    directory = lying.rindex(b"PK\x01\x02")
    lying[directory + 24:directory + 28] = (4096).to_bytes(4, "little")
    (out / "bomb-lying.docx").write_bytes(bytes(lying))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("content.xml", DATE), b"<office/>")
    (out / "no-document.docx").write_bytes(buffer.getvalue())
    (out / "not-a-zip.docx").write_bytes("一、总体情况\n".encode("utf-8"))


def deflate_streams(out: Path) -> None:
    rng = random.Random(1951)
    noise = bytes(rng.randrange(256) for _ in range(33000))
    text = "".join(f"第{n}行\t{rng.randrange(1000)}\t本年新收政府信息公开申请数量\n" for n in range(3000)).encode()
    streams = {
        "fixed": (text[:20000], dict(strategy=zlib.Z_FIXED)),
        "dynamic": (text, {}),
        "stored": (noise[:70000], dict(level=0)),
        "long-distance": (noise + noise[:20000] + noise[100:40100], {}),
        "empty": (b"", {}),
    }
    manifest = []
    for name, (data, options) in streams.items():
        compressor = zlib.compressobj(options.get("level", 9), zlib.DEFLATED, -15, 9, options.get("strategy", 0))
        (out / f"{name}.deflate").write_bytes(compressor.compress(data) + compressor.flush())
        manifest.append({"file": f"{name}.deflate", "size": len(data), "crc32": zlib.crc32(data)})
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    blocks = compressor.compress(text[:30000]) + compressor.flush(zlib.Z_FULL_FLUSH)
    blocks += compressor.compress(noise[:5000]) + compressor.flush(zlib.Z_SYNC_FLUSH) + compressor.flush()
    (out / "flushed.deflate").write_bytes(blocks)
    data = text[:30000] + noise[:5000]
    manifest.append({"file": "flushed.deflate", "size": len(data), "crc32": zlib.crc32(data)})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


def main() -> None:
    out = Path(sys.argv[1])
    (out / "deflate").mkdir(parents=True, exist_ok=True)
    archives(out)
    deflate_streams(out / "deflate")


if __name__ == "__main__":
    main()

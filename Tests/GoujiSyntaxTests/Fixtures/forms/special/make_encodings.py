#!/usr/bin/env python3
"""Write the byte-level fixtures of case (g): line ends and encoding.

Usage: python3 Tests/GoujiSyntaxTests/Fixtures/forms/special/make_encodings.py
(Python 3.11, standard library only, deterministic.)

  g-crlf-000.txt                Examples/000_212ac920282683c5.txt, UTF-8, every LF
                                replaced by CR LF (the file has no final line end,
                                so neither has the copy)
  g-gb18030-004.gb18030.txt     Examples/004_b1d7aab7bdee8be9.txt encoded with
                                Python's `gb18030` codec, LF line ends, no BOM.
                                004 contains U+2002 EN SPACE and U+00A0 NBSP, which
                                GBK cannot encode: GB18030 writes them as four-byte
                                sequences (U+2002 -> 81 36 A3 38, U+00A0 -> 81 30 84 32), so a GBK-only
                                decoder fails on this file and a GB18030 one does not.

The expected reading of each is the example's own expected dump, unchanged
(line numbers too: CR LF is one line end). The `.expected.json` files are
copies of ../../expected/<example>.json written by this script, so they
cannot drift from the hand-written originals.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
EXAMPLES = ROOT / "Examples"
EXPECTED = HERE.parent.parent / "expected"

CASES = [
    ("000_212ac920282683c5", "g-crlf-000.txt",
     lambda text: text.replace("\n", "\r\n").encode("utf-8")),
    ("004_b1d7aab7bdee8be9", "g-gb18030-004.gb18030.txt",
     lambda text: text.encode("gb18030")),
]


def main() -> None:
    for example, fixture, encode in CASES:
        text = (EXAMPLES / f"{example}.txt").read_bytes().decode("utf-8")
        data = encode(text)
        (HERE / fixture).write_bytes(data)
        stem = fixture[: -len(".txt")]
        (HERE / f"{stem}.expected.json").write_bytes((EXPECTED / f"{example}.json").read_bytes())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate Sources/ReaderText/DisplayWidthTable.swift.

Builds locale-independent terminal column widths for every Unicode scalar,
following the wcwidth() semantics of glibc (which ncurses 6 uses), and emits
them as compact sorted ranges for `DisplayWidth` to binary-search.

Data source: Python's built-in `unicodedata` module only (no pip packages).
The Unicode version of the generated table is therefore
`unicodedata.unidata_version` of the interpreter that runs this script
(Python 3.11 ships Unicode 14.0.0, the same version glibc 2.35-2.37 uses).
The version is recorded in the generated file's header.

Rules, first match wins:

  * U+1160..U+11FF, U+D7B0..U+D7FF (Hangul Jamo medial vowels and final
    consonants, including Jamo Extended-B)                        -> 0
  * U+00AD SOFT HYPHEN                                             -> 1 (glibc)
  * U+200B ZERO WIDTH SPACE                                        -> 0
  * Prepended_Concatenation_Mark characters (Cf, but glibc gives
    them a visible width, e.g. U+0600 ARABIC NUMBER SIGN)          -> 1 (glibc)
  * General category Mn, Me, Cf                                    -> 0
  * U+3248..U+324F, U+4DC0..U+4DFF (glibc treats these as wide)    -> 2 (glibc)
  * Assigned, East_Asian_Width W or F                              -> 2
  * Unassigned code points that UAX #11 defaults to W: U+3400..U+4DBF,
    U+4E00..U+9FFF, U+F900..U+FAFF, U+20000..U+3FFFD               -> 2
  * everything else (including Cc, Zl, Zp, Co, Cn)                 -> 1

Note: for *unassigned* code points Python's `unicodedata.east_asian_width`
returns 'F' (a CPython quirk), so East_Asian_Width is only consulted for
assigned characters and the UAX #11 defaults are applied explicitly.

Usage:
  Scripts/generate-width-table.py            # rewrite the Swift file in place
  Scripts/generate-width-table.py -o -       # print to stdout
  Scripts/generate-width-table.py --check    # exit 1 if the file is stale
"""

import argparse
import os
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF
SURROGATES = range(0xD800, 0xE000)

# Hangul Jamo Jungseong/Jongseong: they combine with a preceding leading
# consonant into one double-width syllable block.
HANGUL_JAMO_ZERO = [(0x1160, 0x11FF), (0xD7B0, 0xD7FF)]

# PropList.txt Prepended_Concatenation_Mark (Unicode 14). They are Cf but
# render visibly; glibc's generator deletes them from the zero-width set.
PREPENDED_CONCATENATION_MARKS = [
    (0x0600, 0x0605), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
]

# glibc's localedata/unicode-gen/utf8_gen.py forces these to width 2:
# CIRCLED NUMBER TEN ON BLACK SQUARE.. (East_Asian_Width A) and the
# YIJING HEXAGRAM SYMBOLS block (N in Unicode 14, W since Unicode 16).
GLIBC_FORCED_WIDE = [(0x3248, 0x324F), (0x4DC0, 0x4DFF)]

# UAX #11: unassigned code points in these ranges default to W.
DEFAULT_WIDE_UNASSIGNED = [
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
]


def in_ranges(cp, ranges):
    return any(lo <= cp <= hi for lo, hi in ranges)


def width(cp):
    ch = chr(cp)
    category = unicodedata.category(ch)
    if in_ranges(cp, HANGUL_JAMO_ZERO):
        return 0
    if cp == 0x00AD:
        return 1
    if cp == 0x200B:
        return 0
    if in_ranges(cp, PREPENDED_CONCATENATION_MARKS):
        return 1
    if category in ("Mn", "Me", "Cf"):
        return 0
    if in_ranges(cp, GLIBC_FORCED_WIDE):
        return 2
    if category == "Cn":
        return 2 if in_ranges(cp, DEFAULT_WIDE_UNASSIGNED) else 1
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def ranges_for(value, widths):
    """Sorted, merged [lo, hi] ranges of code points whose width is `value`.

    Surrogates are not Unicode scalars; a run may bridge them if both sides
    have the same width (never happens with current data, but is harmless).
    """
    out = []
    for cp in range(MAX_CODE_POINT + 1):
        if cp in SURROGATES:
            continue
        if widths[cp] != value:
            continue
        if out and (out[-1][1] == cp - 1 or
                    (out[-1][1] == SURROGATES.start - 1 and cp == SURROGATES.stop)):
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def swift_array(name, ranges, doc):
    lines = [f"/// {doc}",
             f"/// {len(ranges)} ranges; flat `[start, end, start, end, ...]`, "
             "inclusive, sorted, non-overlapping.",
             f"let {name}: [UInt32] = ["]
    for lo, hi in ranges:
        lines.append(f"    0x{lo:05X}, 0x{hi:05X},")
    lines.append("]")
    return "\n".join(lines)


def render():
    widths = [1] * (MAX_CODE_POINT + 1)
    for cp in range(MAX_CODE_POINT + 1):
        if cp not in SURROGATES:
            widths[cp] = width(cp)
    zero = ranges_for(0, widths)
    double = ranges_for(2, widths)
    header = f"""\
// GENERATED FILE - DO NOT EDIT.
// Generated by Scripts/generate-width-table.py from Python's unicodedata
// (Unicode {unicodedata.unidata_version}). Re-run the script to update.
//
// Terminal column widths with glibc wcwidth() semantics (as used by
// ncurses), independent of the process locale. Every scalar not listed in
// either table is one column wide. See DisplayWidth.swift.
"""
    body = "\n\n".join([
        swift_array("displayWidthZeroRanges", zero,
                    "Scalars that occupy no column (combining marks, format "
                    "controls, Hangul medial/final jamo)."),
        swift_array("displayWidthDoubleRanges", double,
                    "Scalars that occupy two columns (East Asian Wide and "
                    "Fullwidth, including emoji presentation)."),
    ])
    return header + "\n" + body + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default_out = os.path.join(root, "Sources", "ReaderText",
                               "DisplayWidthTable.swift")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=default_out,
                        help="output path, or '-' for stdout")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the output file is not up to date")
    args = parser.parse_args()
    text = render()
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f"{args.output} is stale; run {sys.argv[0]}", file=sys.stderr)
            return 1
        return 0
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes Sources/Tokenizers/Generated/HFNormalizationTables.swift, Tests/TokenizersTests/Fixtures/hf-nfc.json
and hf-nfkc.json: canonical and compatibility normalization data exactly as Hugging Face `tokenizers`
sees it, and HF's own NFC/NFD and NFKC/NFKD output for fixed corpora of strings.

HF `tokenizers` normalizes with the crate unicode-normalization-alignments 0.1.12, whose tables are
Unicode 9.0.0, while Swift 6.3 (and unicodedata2 17) follow Unicode 17: 21 code points compose
differently and 154 combining marks have class 0 for HF. So the data comes from unicodedata2 9.0.0
(the last release of Unicode 9, built here from its sdist with a two-line patch for Python >= 3.10),
and is then PROVED equal to HF by probing `tokenizers` itself:
  * every code point (no surrogates): HF's NFC and NFD of it equal what the tables give;
  * every code point: two combining-class probes ("a" + c + U+0334, "a" + U+093C + c under NFD);
  * every mark of Unicode 9 or 17: ordering against one mark of every combining class, both ways;
  * every (first, second) pair that starts or ends a composition in Unicode 9 or 17, and every
    Hangul L+V and LV+T pair: HF's NFC equals the tables';
  * every fixture string: HF's NFC and NFD equal the tables'.
The compatibility decompositions (NFKC, NFKD) are proved the same way by hf_compatibility_normalization.py:
every code point, marks and mark-bearing compatibility characters against every class, and every pair
whose decomposition may compose across the boundary (Hangul compatibility jamo included).
The script stops with the first disagreement, so a written table is a proven one.

Usage (about a minute; needs a C compiler and PyPI for the unicodedata2 9.0.0 sdist):
    /root/refvenv/bin/pip install tokenizers==0.23.3 unicodedata2==17.0.0
    /root/refvenv/bin/python scripts/generate-hf-normalization-tables.py [--unicodedata2-9 BUILT.so]
unicodedata2 must be 17.0.0 (the fixture samples the code points where Unicode 17 and HF disagree);
the same versions give byte-identical files.
"""
import glob
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

import tokenizers
import unicodedata2 as ud17
from tokenizers import normalizers

import hf_compatibility_normalization as compatibility

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Tokenizers", "Generated", "HFNormalizationTables.swift")
FIXTURE = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "hf-nfc.json")
NFKC_FIXTURE = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "hf-nfkc.json")
SDIST = "unicodedata2==9.0.0.post4"
SDIST_SHA256 = "ef277bdec37f276829d0c249bda3447642c72248b697f2eea7a7c442dd4820d9"
SEED = 20260517
POINTS = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]

S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
S_COUNT = L_COUNT * V_COUNT * T_COUNT


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Unicode 9.0 data: unicodedata2 9.0.0, built from its sdist.

def build_unicodedata2_9(workdir):
    """Downloads the pinned sdist, patches it for Python >= 3.10 and builds it; returns the .so path."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "-d", workdir, SDIST], check=True)
    archive = glob.glob(os.path.join(workdir, "unicodedata2-*.tar.gz"))[0]
    digest = hashlib.sha256(open(archive, "rb").read()).hexdigest()
    if digest != SDIST_SHA256:
        sys.exit(f"{archive}: sha256 {digest}, expected {SDIST_SHA256}; check the download and try again")
    with tarfile.open(archive) as tar:
        tar.extractall(workdir, filter="data")
    source = glob.glob(os.path.join(workdir, "unicodedata2-*/"))[0]
    # ucnhash.h became internal in Python 3.10 (the module only needs it for a commented-out API),
    # and Py_TYPE() stopped being an lvalue in 3.11.
    with open(os.path.join(source, "unicodedata2", "py3", "ucnhash.h"), "w") as f:
        f.write("/* empty: the name-lookup C API is unused */\n")
    module_c = os.path.join(source, "unicodedata2", "py3", "unicodedata.c")
    text = open(module_c).read().replace("Py_TYPE(&UCD_Type) = &PyType_Type;", "Py_SET_TYPE(&UCD_Type, &PyType_Type);")
    open(module_c, "w").write(text)
    subprocess.run([sys.executable, "setup.py", "--quiet", "build_ext", "--inplace"], cwd=source, check=True,
                   stdout=subprocess.DEVNULL)
    return glob.glob(os.path.join(source, "unicodedata2*.so"))[0]


def load_unicodedata2_9(path):
    spec = importlib.util.spec_from_file_location("unicodedata2", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module.unidata_version != "9.0.0":
        sys.exit(f"{path} is Unicode {module.unidata_version}; pass a build of {SDIST}")
    return module


class Tables:
    """Canonical normalization data, and NFD/NFC computed from it exactly as the Swift code does."""

    def __init__(self, ud):
        self.version = ud.unidata_version
        self.ccc, self.decomposition, self.excluded = {}, {}, set()
        self.compatibility = {}  # one-step <tag> decompositions (NFKC/NFKD only)
        for c in POINTS:
            ch = chr(c)
            if ud.combining(ch):
                self.ccc[c] = ud.combining(ch)
            fields = ud.decomposition(ch).split()
            if fields and fields[0].startswith("<"):
                self.compatibility[c] = tuple(int(x, 16) for x in fields[1:])
            if fields and not fields[0].startswith("<"):
                self.decomposition[c] = tuple(int(x, 16) for x in fields)
                # Full_Composition_Exclusion among the pairs, as this version's own NFC sees it.
                if len(fields) == 2 and ud.normalize("NFC", ch) != ch:
                    self.excluded.add(c)
        self.compositions = {pair: c for c, pair in self.decomposition.items()
                             if len(pair) == 2 and c not in self.excluded}

    def combining_class(self, c):
        return self.ccc.get(c, 0)

    def decompose(self, c, out, compatibility=False):
        if compatibility and c in self.compatibility:
            for d in self.compatibility[c]:
                self.decompose(d, out, True)
        elif S_BASE <= c < S_BASE + S_COUNT:
            index = c - S_BASE
            out.append(L_BASE + index // (V_COUNT * T_COUNT))
            out.append(V_BASE + index % (V_COUNT * T_COUNT) // T_COUNT)
            if index % T_COUNT:
                out.append(T_BASE + index % T_COUNT)
        elif c in self.decomposition:
            for d in self.decomposition[c]:
                self.decompose(d, out, compatibility)
        else:
            out.append(c)

    def compose_pair(self, a, b):
        if L_BASE <= a < L_BASE + L_COUNT and V_BASE <= b < V_BASE + V_COUNT:
            return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT
        if S_BASE <= a < S_BASE + S_COUNT and (a - S_BASE) % T_COUNT == 0 and T_BASE < b < T_BASE + T_COUNT:
            return a + (b - T_BASE)
        return self.compositions.get((a, b))

    def nfd_points(self, text, compatibility=False):
        out = []
        for ch in text:
            self.decompose(ord(ch), out, compatibility)
        # Canonical ordering: a stable sort of every run of non-starters.
        i = 0
        while i < len(out):
            if self.combining_class(out[i]) == 0:
                i += 1
                continue
            j = i
            while j < len(out) and self.combining_class(out[j]) != 0:
                j += 1
            out[i:j] = sorted(out[i:j], key=self.combining_class)
            i = j
        return out

    def nfd(self, text):
        return "".join(map(chr, self.nfd_points(text)))

    def nfkd(self, text):
        return "".join(map(chr, self.nfd_points(text, True)))

    def nfkc(self, text):
        return self.nfc(text, True)

    def nfc(self, text, compatibility=False):
        points = self.nfd_points(text, compatibility)
        if not points:
            return ""
        starter = 0
        last_class = self.combining_class(points[0])
        if last_class != 0:
            last_class = 256  # a leading non-starter composes with nothing
        kept = 1
        for c in points[1:]:
            c_class = self.combining_class(c)
            composite = self.compose_pair(points[starter], c)
            if composite is not None and (last_class < c_class or last_class == 0):
                points[starter] = composite
                continue
            if c_class == 0:
                starter = kept
            last_class = c_class
            points[kept] = c
            kept += 1
        return "".join(map(chr, points[:kept]))


# ---------------------------------------------------------------------------------------------
# Proof against HF tokenizers.

HF_NFC, HF_NFD = normalizers.NFC(), normalizers.NFD()


def expect_same(kind, text, hf, ours):
    if hf != ours:
        sys.exit(f"{kind} of {[hex(ord(x)) for x in text]}: HF gives {[hex(ord(x)) for x in hf]}, "
                 f"the tables give {[hex(ord(x)) for x in ours]}; the data does not match HF, do not commit")


def prove(tables, also):
    """Stops at the first string where HF and the tables disagree; returns the number of probes."""
    probes = 0
    for c in POINTS:
        ch = chr(c)
        expect_same("NFC", ch, HF_NFC.normalize_str(ch), tables.nfc(ch))
        expect_same("NFD", ch, HF_NFD.normalize_str(ch), tables.nfd(ch))
        for probe in ("a" + ch + "\u0334", "a\u093c" + ch):  # classes 1 and 7: is c a non-starter at all?
            expect_same("NFD", probe, HF_NFD.normalize_str(probe), tables.nfd(probe))
        probes += 4
    log(f"  every code point: NFC, NFD and two class probes agree ({probes:,} probes)")

    marks = sorted(set(tables.ccc) | set(also.ccc))
    representative = {}
    for c in sorted(tables.ccc):
        representative.setdefault(tables.ccc[c], c)
    for mark in marks:
        for other in representative.values():
            for probe in ("a" + chr(mark) + chr(other), "a" + chr(other) + chr(mark)):
                expect_same("NFD", probe, HF_NFD.normalize_str(probe), tables.nfd(probe))
                probes += 1
    log(f"  {len(marks)} marks ordered against one mark of each of {len(representative)} classes: agree")

    firsts = {a for a, _ in tables.compositions} | {a for a, _ in also.compositions}
    seconds = {b for _, b in tables.compositions} | {b for _, b in also.compositions}
    pairs = [chr(a) + chr(b) for a in sorted(firsts) for b in sorted(seconds)]
    pairs += [chr(L_BASE + l) + chr(V_BASE + v) for l in range(L_COUNT + 1) for v in range(-1, V_COUNT + 1)]
    pairs += [chr(s) + chr(T_BASE + t) for s in range(S_BASE, S_BASE + S_COUNT, T_COUNT) for t in range(T_COUNT + 1)]
    for probe in pairs:
        expect_same("NFC", probe, HF_NFC.normalize_str(probe), tables.nfc(probe))
    probes += len(pairs)
    log(f"  {len(pairs):,} candidate composition pairs ({len(firsts)} firsts x {len(seconds)} seconds, Hangul): agree")
    return probes


# ---------------------------------------------------------------------------------------------
# The fixture.

def disagreeing_points(tables):
    """Code points whose NFC or NFD differs between HF and Unicode 17, or whose class does."""
    composed, classes = [], []
    for c in POINTS:
        ch = chr(c)
        if HF_NFC.normalize_str(ch) != ud17.normalize("NFC", ch) or HF_NFD.normalize_str(ch) != ud17.normalize("NFD", ch):
            composed.append(c)
        elif tables.combining_class(c) != ud17.combining(ch):
            classes.append(c)
    # Compositions Unicode 17 adds between characters HF already has, and characters new since 9.0
    # that compose: in NFD input they decompose alike and only recomposition differs.
    for c in POINTS:
        ch = chr(c)
        nfd17 = ud17.normalize("NFD", ch)
        if len(nfd17) > 1 and ud17.normalize("NFC", nfd17) == ch and HF_NFC.normalize_str(nfd17) != ch and c not in composed:
            composed.append(c)
    return sorted(composed), classes


def fixture_strings(tables):
    rng = random.Random(SEED)
    strings, seen = [], set()

    def add(text):
        if text and text not in seen:
            seen.add(text)
            strings.append(text)

    assigned = [c for c in POINTS if ud17.category(chr(c)) not in ("Cn", "Co", "Cs")]
    marks = sorted(set(tables.ccc) | {c for c in POINTS if ud17.combining(chr(c))})

    # Every script: a sample of each 128-code-point block with assigned characters, as is and as NFD.
    by_block = {}
    for c in assigned:
        by_block.setdefault(c >> 7, []).append(c)
    for block in sorted(by_block):
        members = by_block[block]
        sample = "".join(chr(c) for c in sorted(rng.sample(members, min(12, len(members)))))
        add(sample)
        add(ud17.normalize("NFD", sample))

    # Precomposed Latin, Greek and Vietnamese letters given decomposed, eight to a word, and in words.
    for low, high in ((0x00C0, 0x0250), (0x0370, 0x0400), (0x1E00, 0x1F00), (0x1F00, 0x2000)):
        letters = [chr(c) for c in range(low, high) if ud17.decomposition(chr(c)) and not ud17.decomposition(chr(c)).startswith("<")]
        for i in range(0, len(letters), 8):
            add(ud17.normalize("NFD", "".join(letters[i:i + 8])))
            add(" ".join(ud17.normalize("NFD", x) for x in letters[i:i + 8]))
    vietnamese = ["Tiếng Việt có dấu", "Xin chào thế giới", "người Việt Nam", "Hà Nội, Huế, Sài Gòn",
                  "Trăm năm trong cõi người ta", "chữ tài chữ mệnh khéo là ghét nhau", "ước mơ của tôi",
                  "đường phố đông đúc", "Nguyễn Trãi", "phở bò tái chín", "cảm ơn rất nhiều"]
    for sentence in vietnamese:
        add(ud17.normalize("NFD", sentence))
        # Marks typed in the non-canonical order (tone before the vowel mark) must reorder then compose.
        swapped = re.sub("([\u0300\u0301\u0303\u0309\u0323])([\u0302\u0306\u031b])", r"\2\1", ud17.normalize("NFD", sentence))
        add(swapped)
        add(sentence)

    # Hangul: syllables as conjoining jamo, LV + T, T_BASE (never composes), archaic jamo, blocked T.
    for i in range(400):
        s = rng.randrange(S_BASE, S_BASE + S_COUNT)
        add("".join(ud17.normalize("NFD", chr(s + k)) for k in range(rng.randrange(1, 6))))
        lv = S_BASE + rng.randrange(L_COUNT * V_COUNT) * T_COUNT
        add(chr(lv) + chr(T_BASE + rng.randrange(T_COUNT)))
    jamo = [chr(c) for c in range(0x1100, 0x1200)] + [chr(c) for c in range(0xA960, 0xA97D)] + [chr(c) for c in range(0xD7B0, 0xD7FC)]
    for i in range(200):
        add("".join(rng.choice(jamo) for _ in range(rng.randrange(2, 9))))
    add("\u1100\u1161\u0301\u11a8")  # a mark between V and T blocks the LV+T composition
    add("\u1100\u0301\u1161")

    # Long runs of marks that need reordering (and sometimes compose with the base).
    bases = "aeiouAEIOUnNcCsSzZyYwWαεηιοωυΑΩкиеaאب\u0915\u0E01\u1100"
    for i in range(400):
        length = rng.choice((3, 5, 8, 13, 21, 40, 80))
        pool = marks if i % 2 else [c for c in marks if c < 0x0370] + [0x0345, 0x05B0, 0x0E38, 0x0E48, 0x302A, 0x302E]
        add(rng.choice(bases) + "".join(chr(rng.choice(pool)) for _ in range(length)) + rng.choice(bases))

    # Every code point where HF and Unicode 17 disagree, in context.
    composed, classes = disagreeing_points(tables)
    for c in composed + classes:
        ch, nfd17 = chr(c), ud17.normalize("NFD", chr(c))
        for text in (ch, "a" + ch + "b", nfd17, "x" + nfd17 + "y", nfd17 + "\u0301", "o" + ch + "\u0316\u0301",
                     "o\u0301" + ch + "\u0316", "e\u0334" + ch, ch + "\u0345\u0301"):
            add(text)

    # Random strings: ASCII, Latin-1, composites, marks, Hangul, CJK compatibility, anything assigned.
    pools = [[chr(c) for c in range(0x20, 0x7F)], [chr(c) for c in range(0xA0, 0x250)],
             [chr(c) for c in marks], [chr(c) for c in tables.decomposition], jamo,
             [chr(c) for c in range(0xAC00, 0xAC00 + 300)], [chr(c) for c in assigned]]
    for i in range(800):
        add("".join(rng.choice(rng.choice(pools)) for _ in range(rng.randrange(1, 40))))
    return strings, composed, classes


# ---------------------------------------------------------------------------------------------
# Output.

def swift_string_lines(pieces, per_line):
    lines = []
    chunks = ["".join(pieces[i:i + per_line]) for i in range(0, len(pieces), per_line)]
    for k, chunk in enumerate(chunks):
        lines.append("        " + chunk + ("\\" if k + 1 < len(chunks) else ""))
    return lines


def write_swift(tables):
    runs, last = [], 0
    for c in range(0x110000):
        value = tables.combining_class(c)
        if value != last:
            runs.append("%06X%02X" % (c, value))
            last = value
    entries, previous = [], 0
    for c in sorted(tables.decomposition):
        entries.append("%X:%s;" % (c - previous, " ".join("%X" % d for d in tables.decomposition[c])))
        previous = c
    excluded = ["%X " % c for c in sorted(tables.excluded)]
    compatible, previous = [], 0
    for c in sorted(tables.compatibility):
        compatible.append("%X:%s;" % (c - previous, " ".join("%X" % d for d in tables.compatibility[c])))
        previous = c
    lines = [
        f"// Generated by scripts/generate-hf-normalization-tables.py from unicodedata2 {tables.version} and proved",
        f"// equal to Hugging Face tokenizers {tokenizers.__version__} on every code point. Do not edit.",
        "// Unicode 9.0 normalization data, as HF's NFC, NFD, NFKC and NFKD (unicode-normalization-alignments) see it.",
        "",
        "enum HFNormalizationTables {",
        "    /// Runs of equal canonical combining class: 8 hex digits each, a 6-digit first code point and a 2-digit class.",
        "    static let combiningClassRuns: StaticString = \"\"\"",
        *swift_string_lines(runs, 12),
        "        \"\"\"",
        "",
        "    /// One-step canonical decompositions (Hangul syllables are algorithmic), in code point order:",
        "    /// `DELTA:FIRST[ SECOND];`, hex, where DELTA is the distance from the previous entry's code point.",
        "    static let canonicalDecompositions: StaticString = \"\"\"",
        *swift_string_lines(entries, 10),
        "        \"\"\"",
        "",
        "    /// Two-scalar decompositions that never recompose (Full_Composition_Exclusion), hex, space-terminated.",
        "    static let compositionExclusions: StaticString = \"\"\"",
        *swift_string_lines(excluded, 14),
        "        \"\"\"",
        "",
        "    /// One-step compatibility decompositions (the `<tag>` ones, for NFKC and NFKD), in the format above.",
        "    static let compatibilityDecompositions: StaticString = \"\"\"",
        *swift_string_lines(compatible, 10),
        "        \"\"\"",
        "}",
    ]
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    log(f"wrote {OUT}: {len(runs)} class runs, {len(entries)} decompositions, {len(excluded)} exclusions, "
        f"{len(compatible)} compatibility decompositions")


def main():
    if ud17.unidata_version != "17.0.0":
        sys.exit(f"unicodedata2 is Unicode {ud17.unidata_version}: pip install unicodedata2==17.0.0 (the fixture samples where 17 and HF disagree)")
    if tokenizers.__version__ != "0.23.3":
        log(f"WARNING: tokenizers {tokenizers.__version__}, the committed files were made with 0.23.3")
    workdir = None
    if "--unicodedata2-9" in sys.argv:
        library = sys.argv[sys.argv.index("--unicodedata2-9") + 1]
    else:
        workdir = tempfile.mkdtemp(prefix="unicodedata2-9-")
        log(f"building {SDIST} in {workdir} ...")
        library = build_unicodedata2_9(workdir)
    try:
        tables = Tables(load_unicodedata2_9(library))
    finally:
        if workdir:
            shutil.rmtree(workdir)
    unicode17 = Tables(ud17)
    # The Swift fast paths: below U+0300 nothing is a mark, excluded or second in a pair (NFC keeps
    # such text); below U+00C0 nothing decomposes (NFD keeps it).
    assert min(tables.ccc) >= 0x300 and min(tables.excluded) >= 0x300 and min(b for _, b in tables.compositions) >= 0x300
    assert min(c for c, mapping in tables.decomposition.items() if len(mapping) == 1) >= 0x300
    assert min(tables.decomposition) >= 0xC0

    log("proving the tables equal to HF tokenizers ...")
    probes = prove(tables, unicode17)
    strings, composed, classes = fixture_strings(tables)
    cases = []
    for text in strings:
        nfc, nfd = HF_NFC.normalize_str(text), HF_NFD.normalize_str(text)
        expect_same("NFC", text, nfc, tables.nfc(text))
        expect_same("NFD", text, nfd, tables.nfd(text))
        cases.append({"text": text, "nfc": nfc, "nfd": nfd})
    log(f"  {len(cases):,} fixture strings: agree ({probes + 2 * len(cases):,} probes in all)")
    swift_differs = sum(1 for case in cases if ud17.normalize("NFC", case["text"]) != case["nfc"])
    log(f"  {len(composed)} code points compose differently from Unicode 17, {len(classes)} have another class; "
        f"Unicode 17's NFC differs from HF's on {swift_differs} fixture strings")

    write_swift(tables)
    fixture = {"tokenizers": tokenizers.__version__, "unicode": tables.version,
               "unicode17_composes_differently": ["%04X" % c for c in composed],
               "unicode17_class_differs": ["%04X" % c for c in classes], "cases": cases}
    with open(FIXTURE, "w") as f:
        f.write("{\n")
        for key in ("tokenizers", "unicode", "unicode17_composes_differently", "unicode17_class_differs"):
            f.write(f" {json.dumps(key)}: {json.dumps(fixture[key])},\n")
        f.write(' "cases": [\n')
        f.write(",\n".join("  " + json.dumps(case, ensure_ascii=False) for case in cases))
        f.write("\n ]\n}\n")
    log(f"wrote {FIXTURE}: {len(cases):,} cases")

    log("proving the compatibility decompositions equal to HF tokenizers ...")
    compatibility.prove(tables, unicode17, POINTS, expect_same, log)
    strings, differing = compatibility.fixture_strings(tables, ud17, POINTS)
    cases = []
    for text in strings:
        nfkc, nfkd = compatibility.HF_NFKC.normalize_str(text), compatibility.HF_NFKD.normalize_str(text)
        expect_same("NFKC", text, nfkc, tables.nfkc(text))
        expect_same("NFKD", text, nfkd, tables.nfkd(text))
        cases.append({"text": text, "nfkc": nfkc, "nfkd": nfkd})
    log(f"  {len(cases):,} NFKC fixture strings: agree; Unicode 17 differs from HF on {len(differing)} code points")
    with open(NFKC_FIXTURE, "w") as f:
        f.write("{\n")
        f.write(f' "tokenizers": {json.dumps(tokenizers.__version__)},\n "unicode": {json.dumps(tables.version)},\n')
        f.write(f' "compatibility_decompositions": {len(tables.compatibility)},\n')
        f.write(f' "unicode17_differs": {json.dumps(["%04X" % c for c in differing])},\n')
        f.write(' "cases": [\n')
        f.write(",\n".join("  " + json.dumps(case, ensure_ascii=False) for case in cases))
        f.write("\n ]\n}\n")
    log(f"wrote {NFKC_FIXTURE}: {len(cases):,} cases")


if __name__ == "__main__":
    main()

"""NFKC and NFKD for scripts/generate-hf-normalization-tables.py: the proof that the Unicode 9.0
compatibility decompositions equal what Hugging Face `tokenizers` uses, and the NFKC fixture strings.

HF's NFKC is unicode-normalization-alignments 0.1.12 (tables.rs: UNICODE_VERSION = (9, 0, 0)):
compatibility decomposition, canonical ordering, canonical composition, all with Unicode 9.0 data.
"""
import random

from tokenizers import normalizers

HF_NFKC, HF_NFKD = normalizers.NFKC(), normalizers.NFKD()
SEED = 20261201
L_BASE, V_BASE, T_BASE, S_BASE = 0x1100, 0x1161, 0x11A7, 0xAC00
HANGUL_COMPATIBILITY_JAMO = range(0x3131, 0x318F)


def is_hangul_first(c):
    return L_BASE <= c < L_BASE + 19 or (S_BASE <= c < S_BASE + 11172 and (c - S_BASE) % 28 == 0)


def is_hangul_second(c):
    return V_BASE <= c < V_BASE + 21 or T_BASE < c < T_BASE + 28


def prove(tables, also, points, expect_same, log):
    """HF's NFKC and NFKD equal the tables' on every code point, on mark orderings and on every pair
    whose compatibility decomposition may compose across the boundary; stops at the first difference."""
    probes = 0
    for c in points:
        ch = chr(c)
        expect_same("NFKC", ch, HF_NFKC.normalize_str(ch), tables.nfkc(ch))
        expect_same("NFKD", ch, HF_NFKD.normalize_str(ch), tables.nfkd(ch))
        probes += 2
    log(f"  every code point: NFKC and NFKD agree ({probes:,} probes)")

    # Marks, and characters whose compatibility decomposition holds a mark (U+1FED, U+FC5E, ...),
    # against one mark of every class, both ways, in both forms.
    representative = {}
    for c in sorted(tables.ccc):
        representative.setdefault(tables.ccc[c], c)
    movers = set(tables.ccc) | set(also.ccc)
    movers |= {c for c in tables.compatibility if any(tables.combining_class(d) for d in tables.nfd_points(chr(c), True))}
    for mover in sorted(movers):
        for other in representative.values():
            for probe in ("a" + chr(mover) + chr(other), "a" + chr(other) + chr(mover)):
                expect_same("NFKD", probe, HF_NFKD.normalize_str(probe), tables.nfkd(probe))
                expect_same("NFKC", probe, HF_NFKC.normalize_str(probe), tables.nfkc(probe))
                probes += 2
    log(f"  {len(movers)} marks and mark-bearing compatibility characters ordered against {len(representative)} classes: agree")

    # Composition across a boundary: x's decomposition ends with a first, y's starts with a second.
    firsts = {a for a, _ in tables.compositions} | {a for a, _ in also.compositions}
    seconds = {b for _, b in tables.compositions} | {b for _, b in also.compositions}
    left, right = set(firsts), set(seconds)
    for c in tables.compatibility:
        decomposed = tables.nfd_points(chr(c), True)
        if decomposed[-1] in firsts or is_hangul_first(decomposed[-1]):
            left.add(c)
        if decomposed[0] in seconds or is_hangul_second(decomposed[0]):
            right.add(c)
    pairs = [chr(a) + chr(b) for a in sorted(left) for b in sorted(right)]
    pairs += [chr(a) + chr(b) for a in HANGUL_COMPATIBILITY_JAMO for b in HANGUL_COMPATIBILITY_JAMO]
    for probe in pairs:
        expect_same("NFKC", probe, HF_NFKC.normalize_str(probe), tables.nfkc(probe))
    probes += len(pairs)
    log(f"  {len(pairs):,} candidate pairs ({len(left)} lefts x {len(right)} rights, compatibility jamo): agree")
    return probes


def unicode17_differs(tables, ud17, points):
    """Code points whose NFKC or NFKD in Unicode 17 differs from HF's."""
    return [c for c in points if ud17.normalize("NFKC", chr(c)) != HF_NFKC.normalize_str(chr(c))
            or ud17.normalize("NFKD", chr(c)) != HF_NFKD.normalize_str(chr(c))]


def fixture_strings(tables, ud17, points):
    rng = random.Random(SEED)
    strings, seen = [], set()

    def add(text):
        if text and text not in seen:
            seen.add(text)
            strings.append(text)

    # Every character with a compatibility decomposition, eight at a time, alone, between letters
    # and followed by marks (which may compose with what it decomposes to).
    compatible = sorted(tables.compatibility)
    for i in range(0, len(compatible), 8):
        chunk = [chr(c) for c in compatible[i:i + 8]]
        add("".join(chunk))
        add("a" + "e".join(chunk) + "o\u0301")
        add(" ".join(x + rng.choice(("\u0301", "\u0308", "\u0327", "\u0323\u0302", "\u309a", "\u1161", "")) for x in chunk))

    # Text as people write it.
    for sentence in [
        "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ ａｂｃ １２３！？", "ｶﾀｶﾅ ﾊﾟﾋﾞﾌﾟ ｶﾞｷﾞｸﾞ", "the ﬁrst ﬂoor oﬃce ﬀ ﬄ ﬅ ﬆ",
        "x² + y³ = z¹⁰ ₀₁₂ H₂O", "① ② ⑳ ⑴ ⒈ ⓐ Ⓐ ㉑ ㊿", "Ⅻ ⅻ Ⅳ ⅸ Ⅿ ↉", "10 ㎏, 5 ㎞, 3 ㎖, ㎡ ㏂ ㍱ ㋀",
        "a\u00a0b\u2007c\u202fd\u2002e\u3000f", "½ ¼ ¾ ⅓ ⅞ 1⁄2", "ﷺ ﷲ ﻻ ﻷ ﺍﻟﻌﺮﺑﻴﺔ ﭐ ﹰ ﱞ ﳲ",
        "ㄱㅏ ㅎㅏㄴ ㄱㅡㄹ ㅂㅏㅂ ㄱㅏㄱ", "각 ㄱ ㅏ ㆁ ㆆ", "™ ℠ ℡ № ℃ ℉ Å K Ω ℮", "…  ‥ ‼ ⁇ ⁈ ″ ‴",
        "𝐀𝐁𝐂 𝑎𝑏𝑐 𝔸𝔹ℂ 𝟘𝟙𝟚", "Ǆ ǅ ǆ Ǳ Ĳ ĳ ŀ ŉ ſ ẛ", "㍻ ㋿ ㈱ ㈜ ㉐ 🄐 🅐 🆐", "ﹸ ﹹ ︵ ︶ ︷ ﹙ ﹚ ﹛",
        "ᴬᴮᴰ ᵃᵇᶜ ʰʲʷ ˠˡˢ", "㍘ ㏠ ㏿ ㋀ ㋋", "µ ª º ¨ ¯ ´ ¸ ˘ ˙ ˚ ˛ ˜ ˝",
    ]:
        add(sentence)
        add(ud17.normalize("NFD", sentence))

    # Code points where Unicode 17's NFKC or NFKD differs from HF's, in context.
    differing = unicode17_differs(tables, ud17, points)
    for c in differing:
        ch = chr(c)
        for text in (ch, "a" + ch + "b", ch + "\u0301", "e\u0334" + ch):
            add(text)

    # Random strings over compatibility characters, marks, jamo of both kinds and letters.
    marks = sorted(tables.ccc)
    pools = [[chr(c) for c in compatible], [chr(c) for c in marks], [chr(c) for c in HANGUL_COMPATIBILITY_JAMO],
             [chr(c) for c in range(0x1100, 0x1200)], [chr(c) for c in range(0x20, 0x7F)],
             [chr(c) for c in tables.decomposition]]
    for i in range(1200):
        add("".join(rng.choice(rng.choice(pools)) for _ in range(rng.randrange(1, 30))))
    return strings, differing

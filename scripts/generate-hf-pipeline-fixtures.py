#!/usr/bin/env python3
"""Writes Tests/TokenizersTests/Fixtures/hf-pipeline/: tokenizer.json variants that exercise every piece of
the Hugging Face pipeline tunesmith reproduces, and HF `tokenizers`' ids and decoded text for each.

Bases (provenance):
    mistral-v1, mistral-v3   ../shared/tokenizers/mistral-sp/{tokenizer.model.v1,
                             mistral_instruct_tokenizer_240323.model.v3} (mistral-common 1.13.1, Apache-2.0)
                             converted by transformers' LlamaConverter (convert_slow_tokenizer) in its legacy form
                             (Prepend + Replace normalizers, as Mistral-7B-Instruct-v0.2's own tokenizer.json):
                             committed gzipped as mistral-v1.tokenizer.json.gz / mistral-v3.tokenizer.json.gz.
                             transformers 5.24 calls its SentencePieceExtractor with the old signature; the
                             shim below restores the old return value (vocab, merges).
    llama3                   ../shared/tokenizers/llama3/tokenizer.json (not committed; the tests read the shared file)
Each variant is a base with some top-level keys replaced (`overrides`) and some model keys replaced
(`model_overrides`); the Swift tests build the same file the same way, so no Python runs in tests. The
non-legacy (Metaspace) conversion is checked to equal its variant.

Files: corpus.json.gz (the texts: the corpus of generate-open-tokenizer-fixtures.py plus strings that hold
the added tokens of the variants and strings rich in compatibility characters for NFKC), and VARIANT.json.gz:
{base, overrides, model_overrides, reference, ids: [[...] per text], special_ids: {index: [...]} where
encode_special_tokens=False differs, decoded: {index: text} where decode(ids, skip_special_tokens=False)
differs from the text, decode_cases: [{ids, text}]: byte tokens spelling invalid UTF-8 (alone, after valid
bytes, between text tokens) and what HF decodes them to}.

Usage (offline):
    ../shared/tools/tokenizers-unpack /tmp/tok
    /root/refvenv/bin/python scripts/generate-hf-pipeline-fixtures.py /tmp/tok
"""
import copy, gzip, importlib.util, json, os, random, sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import tokenizers  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "hf-pipeline")
SEED = 20261130
LLAMA3_REGEX = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"
TEKKEN_REGEX = "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def split(pattern, behavior, invert=False, regex=True):
    return {"type": "Split", "pattern": {"Regex" if regex else "String": pattern}, "behavior": behavior, "invert": invert}


def byte_level(prefix, regex):
    return {"type": "ByteLevel", "add_prefix_space": prefix, "trim_offsets": True, "use_regex": regex}


def seq(*steps):
    return {"type": "Sequence", "pretokenizers": list(steps)}


def added(content, id, special=False, lstrip=False, rstrip=False, single_word=False, normalized=False):
    return {"id": id, "content": content, "single_word": single_word, "lstrip": lstrip, "rstrip": rstrip,
            "normalized": normalized, "special": special}


METASPACE_FIRST = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "first", "split": False}
METASPACE_DECODER = {"type": "Sequence", "decoders": [{"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
                                                      {"type": "ByteFallback"}, {"type": "Fuse"}]}
# Added tokens with every option, given ids past each base's vocabulary; they appear in the extra corpus.
def extra_added(first_id):
    return [added("<mask>", first_id, special=True, lstrip=True), added("[SEP]", first_id + 1, special=True, rstrip=True),
            added("cat", first_id + 2, single_word=True), added("café", first_id + 3, normalized=True),
            added("dog", first_id + 4, normalized=True, single_word=True, lstrip=True, rstrip=True),
            added("<pad>", first_id + 5, lstrip=True, rstrip=True)]
# Text NFKC and NFKD change: fullwidth and halfwidth forms, ligatures, super- and subscripts, circled and
# parenthesised numbers, Hangul compatibility jamo, Roman numerals, CJK squared units, spaces, fractions,
# Arabic presentation forms, mathematical letters, and marks after them (some compose after decomposition).
COMPATIBILITY_TEXTS = [
    "Ｆｕｌｌｗｉｄｔｈ ＴＥＸＴ ｗｉｔｈ ｄｉｇｉｔｓ １２３４５ ａｎｄ ｐｕｎｃｔｕａｔｉｏｎ！？（）", "ｶﾀｶﾅ ﾊﾟﾋﾞﾌﾟ ｶﾞｷﾞｸﾞ ﾝｰ", "the ﬁrst ﬂoor oﬃce ﬀ ﬄ ﬅ ﬆ ﬁx ﬁle",
    "x² + y³ = z¹⁰, H₂O and CO₂, e⁻ⁱᵖ", "① ② ⑩ ⑳ ⑴ ⒇ ⒈ ⓐ Ⓩ ㉑ ㊿ ❶", "Ⅻ ⅻ Ⅳ ⅸ Ⅿ ↉ Chapter Ⅲ", "10 ㎏, 5 ㎞, 3 ㎖, 20 ㎡, ㏂ ㍱ ㋀ ㎈",
    "a\u00a0b\u2007c\u202fd\u2002e\u3000f\u00a0\u00a0g", "½ cup, ¼ tsp, ¾ hour, ⅓ ⅞ 1⁄2", "ﷺ ﷲ ﻻ ﻷ ﺍﻟﻌﺮﺑﻴﺔ ﭐ ﹰ ﱞ ﳲ ﷽",
    "ㄱㅏ ㅎㅏㄴ ㄱㅡㄹ ㅂㅏㅂ ㄱㅏㄱ ㅇㅏㄴㄴㅕㅇ", "한국어 ㈜ ㉮ ㈀ ㆁ ㆆ", "™ ℠ ℡ № ℃ ℉ Å K Ω ℮ ℻", "… ‥ ‼ ⁇ ⁈ ″ ‴ ′′",
    "𝐁𝐨𝐥𝐝 𝑖𝑡𝑎𝑙𝑖𝑐 𝔻𝕠𝕦𝕓𝕝𝕖 𝟘𝟙𝟚𝟛", "Ǆ ǅ ǆ Ǳ Ĳ ĳ ŀ ŉ ſ ẛ ẛ̣", "㍻ ㋿ ㈱ ㉐ 🄐 🅐 🆐 🈀", "﹙ﹸ﹚ ︵ ︶ ﹛ ﹜ ＜ｔａｇ＞",
    "ᴬᴮᴰ ᵃᵇᶜ ʰʲʷ ˠˡˢ", "µ ª º ¨ ¯ ´ ¸ ˘ ˙ ˚ ˛ ˜ ˝", "ｅ\u0301 ｏ\u0308 ﬁ\u0301 ｶ\u3099 ㄱ\u1161 ᄀㅏ",
    "price: ＄１２．５０ ＝ €１０", "ℍ𝕖𝕝𝕝𝕠, 𝓌𝑜𝓇𝓁𝒹! ⓗⓔⓛⓛⓞ", "٠١٢ ۰۱۲ ０１２ ⁰¹²₀₁₂ 𝟎𝟏𝟐", "<mask>ﬁ [SEP]½ cat² café² ｃａｔ ｄｏｇ",
]
COMPATIBILITY_RANGES = [(0xA0, 0xC0), (0x2070, 0x20A0), (0x2150, 0x2190), (0x2460, 0x2500), (0x3131, 0x318F), (0x3200, 0x3400),
                        (0xFB00, 0xFB07), (0xFB50, 0xFE00), (0xFE30, 0xFF00), (0xFF01, 0xFFEF), (0x1D400, 0x1D800), (0x1F100, 0x1F250)]
ADDED_WORDS = ["<mask>", "[SEP]", "cat", "café", "cafe\u0301", "dog", "<pad>", "<s>", "</s>", "[INST]", "<|begin_of_text|>"]

VARIANTS = {
    # (a) the converted Mistral files
    "mistral-v1-legacy": ("mistral-v1", {}, {}),
    "mistral-v3-legacy": ("mistral-v3", {}, {}),
    "mistral-v1-metaspace": ("mistral-v1", {"normalizer": None, "pre_tokenizer": METASPACE_FIRST}, {}),
    "mistral-v3-metaspace": ("mistral-v3", {"normalizer": None, "pre_tokenizer": METASPACE_FIRST}, {}),
    # Metaspace split, always, Digits, the Metaspace decoder, added tokens of every kind, ignore_merges
    "mistral-v1-split": ("mistral-v1", {"normalizer": {"type": "NFC"},
                                        "pre_tokenizer": seq({"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
                                                             {"type": "Digits", "individual_digits": True}),
                                        "decoder": METASPACE_DECODER, "added_tokens+": extra_added(32000)}, {"ignore_merges": True}),
    # (d) character-level without byte_fallback: unk_token, fused and not
    # NFKC before GPT-2's ByteLevel regex and a normalized added token NFKC changes; NFKD before Prepend/Replace
    "gpt2-nfkc": ("llama3", {"normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"}]}, "pre_tokenizer": byte_level(False, True),
                             "added_tokens+": extra_added(128256) + [added("\ufb01x", 128262, normalized=True)]}, {}),
    "mistral-v1-nfkd": ("mistral-v1", {"normalizer": {"type": "Sequence", "normalizers": [
                                           {"type": "NFKD"}, {"type": "Prepend", "prepend": "\u2581"},
                                           {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"}]}}, {}),
    "mistral-v1-unk": ("mistral-v1", {"added_tokens+": extra_added(32000)}, {"byte_fallback": False, "fuse_unk": True}),
    "mistral-v3-unk-unfused": ("mistral-v3", {"normalizer": None, "pre_tokenizer": seq(split(" ", "MergedWithNext", regex=False), {"type": "Digits", "individual_digits": False}),
                                              "decoder": {"type": "Sequence", "decoders": [{"type": "ByteFallback"}, {"type": "Fuse"}, {"type": "Strip", "content": " ", "start": 2, "stop": 1}]}},
                               {"byte_fallback": False, "fuse_unk": False}),
    # (b) GPT-2 style: ByteLevel with its own regex
    "gpt2-prefix": ("llama3", {"pre_tokenizer": byte_level(True, True)}, {}),
    "gpt2-no-prefix": ("llama3", {"pre_tokenizer": byte_level(False, True), "added_tokens+": extra_added(128256)}, {}),
    # (c) sequences of splits, every behaviour, invert, Digits, added tokens
    "splits-removed": ("llama3", {"normalizer": {"type": "NFC"}, "pre_tokenizer": seq(split(" ", "Removed", regex=False), split(LLAMA3_REGEX, "Isolated"), byte_level(False, False)),
                                  "added_tokens+": extra_added(128256)}, {}),
    "splits-merged": ("llama3", {"pre_tokenizer": seq(split(" ", "MergedWithNext", regex=False), {"type": "Digits", "individual_digits": True},
                                                      split(",", "MergedWithPrevious", regex=False), byte_level(False, False))}, {}),
    "splits-inverted": ("llama3", {"pre_tokenizer": seq(split(" ", "Contiguous", invert=True, regex=False), split(TEKKEN_REGEX, "Removed", invert=True),
                                                        split("\\.", "Isolated"), byte_level(False, False))}, {}),
    "splits-contiguous": ("llama3", {"pre_tokenizer": seq(split(LLAMA3_REGEX, "Contiguous"), byte_level(False, False))}, {"ignore_merges": False}),
    "splits-digits": ("llama3", {"pre_tokenizer": seq(split(TEKKEN_REGEX, "MergedWithPrevious"), {"type": "Digits", "individual_digits": False}, byte_level(True, False))}, {}),
}


def convert(path):
    from transformers.convert_slow_tokenizer import LlamaConverter, SentencePieceExtractor
    from tokenizers.models import BPE
    import sentencepiece as spm

    class Extractor(SentencePieceExtractor):
        def extract(self, model_type=None, **kw):
            if isinstance(model_type, list):  # transformers 5.24's converter passes vocab_scores here
                kw = super().extract(BPE)
                return kw["vocab"], kw["merges"]
            return super().extract(model_type, **kw)

    LlamaConverter.SpmExtractor = Extractor

    class Slow:
        def __init__(self, legacy):
            self.vocab_file, self.legacy, self.add_prefix_space = path, legacy, True
            self.sp = spm.SentencePieceProcessor(model_file=path)

        def convert_ids_to_tokens(self, i):
            return self.sp.id_to_piece(i)

    return (json.loads(LlamaConverter(Slow(True)).converted().to_str()),
            json.loads(LlamaConverter(Slow(False)).converted().to_str()))


def build(base, overrides, model_overrides):
    t = copy.deepcopy(base)
    for key, value in overrides.items():
        if key == "added_tokens+":
            t["added_tokens"] = t["added_tokens"] + value
        else:
            t[key] = value
    t["model"].update(model_overrides)
    return t


def corpus():
    spec = importlib.util.spec_from_file_location("open_fixtures", os.path.join(ROOT, "scripts", "generate-open-tokenizer-fixtures.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts, _ = module.build_corpus(module.unicode_report()[1])
    rng = random.Random(SEED)
    spaces = ["", " ", "  ", "\n", " \t", "\u3000"]
    for i in range(600):
        words = rng.sample(texts[:400], 2)
        pieces = []
        for w in words:
            pieces += [w[:rng.randrange(0, 12)], rng.choice(spaces), rng.choice(ADDED_WORDS), rng.choice(spaces)]
        text = "".join(pieces)
        if text not in texts:
            texts.append(text)
    texts += ["Hello world", " leading space", "x12345678901234567890y", "a,b,,c , d", "   ", "\u2581already", "cat dog catdog", "<mask>  [SEP]  x"]
    texts += compatibility_texts(rng)
    return list(dict.fromkeys(t for t in texts if t))


def compatibility_texts(rng):
    texts = list(COMPATIBILITY_TEXTS)
    pool = [chr(c) for low, high in COMPATIBILITY_RANGES for c in range(low, high)]
    words = ["word", "the", "fix", " ", "  ", "\n", "12", "é", "\u0301", "\u3099", "\u1161", "ﬁx"] + ADDED_WORDS
    for i in range(240):
        texts.append("".join(rng.choice(pool) if rng.random() < 0.6 else rng.choice(words) for _ in range(rng.randrange(1, 24))))
    return texts


# Byte sequences that are not UTF-8: lone continuation bytes, truncated sequences, overlong forms,
# surrogates, bytes never used, and valid characters in the same run as an invalid byte.
INVALID_UTF8 = [[0x80], [0xBF, 0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
                [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE, 0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3, 0xA9, 0x80], [0x41, 0xE2, 0x82, 0x42],
                [0xE2, 0x82, 0xAC, 0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80, 0x9F], [0xC3, 0x28], [0xE2, 0x28, 0xA1]]


def decode_cases(tok, vocab):
    """Ids whose byte tokens (`<0xXX>`, or ByteLevel's characters) spell invalid UTF-8, and HF's text for them."""
    if "<0x80>" in vocab:
        byte_ids = [vocab["<0x%02X>" % b] for b in range(256)]
    else:
        from tokenizers.pre_tokenizers import ByteLevel
        alphabet = {ord(c) for c in ByteLevel.alphabet()}
        printable = [b for b in range(256) if b in alphabet]  # GPT-2's bytes_to_unicode, rebuilt
        mapping, extra = {}, 0
        for b in range(256):
            if b in printable:
                mapping[b] = chr(b)
            else:
                mapping[b] = chr(256 + extra)
                extra += 1
        byte_ids = [vocab[mapping[b]] for b in range(256)]
    hello, world = tok.encode("Hello", add_special_tokens=False).ids, tok.encode(" world", add_special_tokens=False).ids
    cases = []
    for sequence in INVALID_UTF8:
        ids = [byte_ids[b] for b in sequence]
        for candidate in (ids, hello + ids, ids + world, hello + ids + world + ids, ids + ids[:1] + hello + ids[::-1]):
            cases.append({"ids": candidate, "text": tok.decode(candidate, skip_special_tokens=False)})
    return cases


def write_gz(path, obj):
    data = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode()
    with open(path, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    return os.path.getsize(path)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OPEN_TOKENIZERS_DIR")
    if not folder or not os.path.isdir(folder):
        sys.exit(__doc__)
    os.makedirs(OUT, exist_ok=True)
    bases = {"llama3": json.load(open(os.path.join(folder, "llama3", "tokenizer.json")))}
    for name, rel in (("mistral-v1", "mistral-sp/tokenizer.model.v1"), ("mistral-v3", "mistral-sp/mistral_instruct_tokenizer_240323.model.v3")):
        legacy, metaspace = convert(os.path.join(folder, rel))
        bases[name] = legacy
        expected = build(legacy, {"normalizer": None, "pre_tokenizer": METASPACE_FIRST}, {})
        if expected != metaspace:
            sys.exit(f"{name}: the non-legacy conversion is not the metaspace variant; update METASPACE_FIRST")
        log(f"{name}: {write_gz(os.path.join(OUT, name + '.tokenizer.json.gz'), legacy):,} bytes")
    texts = corpus()
    log(f"corpus: {len(texts)} strings, {write_gz(os.path.join(OUT, 'corpus.json.gz'), {'texts': texts}):,} bytes")
    for variant, (base, overrides, model_overrides) in VARIANTS.items():
        tok = Tokenizer.from_str(json.dumps(build(bases[base], overrides, model_overrides)))
        ids, special_ids, decoded = [], {}, {}
        for i, text in enumerate(texts):
            tok.encode_special_tokens = True
            plain = tok.encode(text, add_special_tokens=False).ids
            tok.encode_special_tokens = False
            special = tok.encode(text, add_special_tokens=False).ids
            ids.append(plain)
            if special != plain:
                special_ids[str(i)] = special
            text_back = tok.decode(plain, skip_special_tokens=False)
            if text_back != text:
                decoded[str(i)] = text_back
        fixture = {"variant": variant, "base": base, "overrides": overrides, "model_overrides": model_overrides,
                   "reference": f"tokenizers {tokenizers.__version__}", "ids": ids, "special_ids": special_ids, "decoded": decoded,
                   "decode_cases": decode_cases(tok, tok.get_vocab(with_added_tokens=False))}
        size = write_gz(os.path.join(OUT, variant + ".json.gz"), fixture)
        log(f"{variant}: {size:,} bytes, {len(special_ids)} differ with special tokens, {len(decoded)} decode to other text")


if __name__ == "__main__":
    main()

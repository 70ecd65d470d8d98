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
the added tokens of the variants), and VARIANT.json.gz: {base, overrides, model_overrides, reference,
ids: [[...] per text], special_ids: {index: [...]} where encode_special_tokens=False differs,
decoded: {index: text} where decode(ids, skip_special_tokens=False) differs from the text}.

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
    return list(dict.fromkeys(t for t in texts if t))


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
                   "reference": f"tokenizers {tokenizers.__version__}", "ids": ids, "special_ids": special_ids, "decoded": decoded}
        size = write_gz(os.path.join(OUT, variant + ".json.gz"), fixture)
        log(f"{variant}: {size:,} bytes, {len(special_ids)} differ with special tokens, {len(decoded)} decode to other text")


if __name__ == "__main__":
    main()

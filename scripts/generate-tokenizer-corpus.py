#!/usr/bin/env python3
"""Writes Tests/TiktokenTests/Fixtures/parity-corpus.json: strings and the ids pip's tiktoken gives
them with encode_ordinary, for both encodings. The tests compare tunesmith against this file and
need no Python. Deterministic: the same tiktoken gives the same file.

Usage: TIKTOKEN_CACHE_DIR=DIR python3 scripts/generate-tokenizer-corpus.py
(DIR from ../shared/tools/tiktoken-cache DIR, or any tiktoken cache; needs `swift` on PATH to list
the code points whose Unicode class Swift 6.3 (Unicode 17) sees differently from tiktoken.)
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import tiktoken

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "parity-corpus.json")
rng = random.Random(20261129)


def probe(pattern):
    ranks = {bytes([i]): i for i in range(256)}
    enc = tiktoken.Encoding(name="probe", pat_str=pattern, mergeable_ranks=ranks, special_tokens={})
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    return {ord(c) for c in enc.decode_bytes(enc.encode_ordinary(text)).decode()}


def tiktoken_bits():
    cls = {n: probe(r"\p{%s}" % n) for n in ["L", "N", "Lu", "Ll", "Lt", "Lm", "Lo", "M"]}
    cls["S"] = probe(r"\s")
    upper = cls["Lu"] | cls["Lt"] | cls["Lm"] | cls["Lo"] | cls["M"]
    lower = cls["Ll"] | cls["Lm"] | cls["Lo"] | cls["M"]
    bits = {}
    for bit, members in [(1, cls["L"]), (2, cls["N"]), (4, cls["S"]), (8, upper), (16, lower)]:
        for c in members:
            bits[c] = bits.get(c, 0) | bit
    return bits


def swift_bits():
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "classes")
        subprocess.run(["swiftc", "-O", "-o", exe, os.path.join(ROOT, "scripts", "swift-unicode-classes.swift")], check=True)
        out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
    return {int(h, 16): int(b) for h, b in (line.split() for line in out.splitlines())}


SCRIPTS = [
    "The quick brown fox jumps over the lazy dog.", "Ça va? Déjà vu, naïve café, Œuvre, straße, ÆØÅ æøå",
    "Ελληνικά: Γειά σου Κόσμε, ΆΈΉ ΐΰ", "Русский: Съешь же ещё этих мягких французских булок",
    "Українська: Ґанок, їжак, є", "Հայերեն՝ Բարեւ աշխարհ", "עברית: שָׁלוֹם עוֹלָם", "العربية: مرحبا بالعالم، كيف حالك؟",
    "فارسی: سلام دنیا ۱۲۳", "हिन्दी: नमस्ते दुनिया, क्षत्रिय", "বাংলা: ওহে বিশ্ব", "தமிழ்: வணக்கம் உலகம்",
    "తెలుగు: హలో ప్రపంచం", "ಕನ್ನಡ: ನಮಸ್ಕಾರ", "മലയാളം: ഹലോ വേൾഡ്", "ગુજરાતી: નમસ્તે", "ਪੰਜਾਬੀ: ਸਤ ਸ੍ਰੀ ਅਕਾਲ",
    "ไทย: สวัสดีชาวโลก", "ລາວ: ສະບາຍດີ", "ქართული: გამარჯობა სამყარო", "한국어: 안녕하세요 세계", "각 한글 자모",
    "日本語: こんにちは世界、カタカナ、ｶﾀｶﾅ", "中文：你好，世界！繁體字與简体字", "𠀀𠀁𪜀 CJK extension B",
    "አማርኛ: ሰላም ለዓለም", "ᏣᎳᎩ Cherokee ᏌᏊ ꭰꭱ", "ᠮᠣᠩᠭᠣᠯ Mongolian", "བོད་ཡིག Tibetan", "ខ្មែរ Khmer",
    "မြန်မာ Myanmar", "සිංහල Sinhala", "ᐃᓄᒃᑎᑐᑦ Inuktitut", "ᚠᚢᚦᚨᚱᚲ runes", "ᚁᚂᚃ ogham", "𐌰𐌱𐌲 Gothic",
    "𐀀𐀁 Linear B", "𒀀𒀁 cuneiform", "𓀀𓀁𓂀 hieroglyphs", "𝐀𝐁𝐂 𝑎𝑏𝑐 𝔄𝔅 math letters", "ꓐꓑ Lisu", "ߊߋ N'Ko",
    "ހިވެހި Thaana", "ᜊᜌ᜔ Tagalog", "ꦗꦮ Javanese", "ᮞᮥᮔ᮪ᮓ Sundanese", "𞤀𞤁 Adlam", "ⵜⴰⵎⴰⵣⵉⵖⵜ Tifinagh",
    "Tiếng Việt: Xin chào thế giới", "Yorùbá: Ẹ kú àárọ̀", "Polski: Zażółć gęślą jaźń", "Čeština: Příliš žluťoučký kůň",
    "Türkçe: İstanbul ıı İi", "Kalaallisut ĸ", "Ǆǅǆ ǈǉ titlecase digraphs", "ʰʲʷ ˢ modifier letters", "ꜰᴀᴋᴇ ꜱᴍᴀʟʟ ᴄᴀᴘꜱ",
]
EMOJI = [
    "👍", "👍🏽", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇯🇵🇺🇸", "1️⃣", "#️⃣", "❤️", "❤︎", "🧑🏿‍🤝‍🧑🏻", "👁️‍🗨️", "🫶🏼", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "I ❤️ NY", "ok 👍🏽!", "team:👩‍💻👨‍💻", "😀😃😄😁", "☕️ time", "🤦🏻‍♂️ facepalm", "✌🏿✌🏾", "🐻‍❄️", "Hi🙂there",
]
MARKS = [
    "e\u0301", "e\u0301t", "\u0301A", "\u0301a", "a\u0301\u0302\u0303", " \u0301", "1\u0301", "'\u0301s", "\u0301\u0301\u0301",
    "Z\u0351\u036b\u0343\u036a\u0302\u036b", "ǹ\u0300", "i\u0307", "\u20dd", "A\u20dd", "x\u0489", "ক্ষ", "क्‍ष", "ﷺ", "\u093f",
    "naïve vs nai\u0308ve", "a\u200db", "a\u200cb", "\ufeffBOM", "\u00adsoft\u00adhyphen",
]
WHITESPACE = [" ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2007",
              "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e", "\u200b"]
CONTRACTIONS = ["it's", "IT'S", "It'S", "we're", "WE'RE", "they've", "I'm", "I'M", "you'll", "YOU'LL", "he'd",
                "don't", "DON'T", "can't", "'s", "'S", "'t", "'re", "'ve", "'m", "'ll", "'d", "'x", "''s", "it’s",
                "its'", "'ſ", "it'ſ", "we'Ll", "we'lL", "'Re", "'rE", "rock'n'roll", "o'clock", "y'all'd've",
                "'tis", "I'd've", "Jones's", "ǅ's", "ŉ's", "ABC's", "abcDEF's", "'sa", "'ll've"]
DIGITS = ["0", "12", "123", "1234", "12345", "1234567890", "3.14159", "1,000,000", "-42", "1e10", "0x1F", "١٢٣٤٥",
          "۱۲۳۴", "१२३४५", "১২৩", "௧௨௩", "๑๒๓", "１２３４", "²³¹", "½¾⅓", "ⅠⅡⅢⅣ", "ⅰⅱⅲ", "①②③④", "⑴⑵", "𝟎𝟏𝟐",
          "〇一二三", "x²+y²", "H₂O", "10⁶", "2026-11-29", "12:30:45", "v1.2.3", "192.168.0.1", "$1,234.56",
          "١٢٣abc", "abc١٢٣", "𐒠𐒡", "፩፪፫", "𑁦𑁧"]
CODE = [
    "func encode(_ text: String) -> [Int] {\n    return text.utf8.map { Int($0) }\n}\n",
    "def main():\n\tprint('hello')\n\n\nif __name__ == '__main__':\n    main()\n",
    "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 42); return 0; }",
    "const x = (a, b) => a ?? b; // comment\n/* block */", "SELECT * FROM users WHERE id = 1;",
    "<div class=\"note\">Hello &amp; welcome</div>", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
    "{\n  \"key\": [1, 2, 3],\n  \"nested\": {\"a\": null, \"b\": true}\n}\n", "https://example.com/path?q=1&r=two#frag",
    "http://user:pass@host:8080/a/b/c.html", "file:///usr/local/bin/swift", "/usr/bin/env python3", "C:\\Windows\\System32",
    "a//b///c////", "x = y // 2\n// comment\n//", "re.compile(r'(?i:[sdmt]|ll|ve|re)')", "$ echo $HOME && ls -la | grep '.swift'",
    "if (a && b || !c) { return; }", "arr[i++] += --j;", "let s = \"\"\"\n  multi\n  \"\"\"", "```swift\nprint(1)\n```",
    "\tindented\n\t\tmore\n", "    four spaces\n        eight\n", "trailing   \n", "CRLF line\r\nnext\r\n",
    "snake_case_name CamelCaseName kebab-case-name SCREAMING_CASE", "getHTTPResponseCode XMLHttpRequest iOSApp",
    "@objc dynamic var x: Int?", "<|endoftext|>", "<|fim_prefix|>a<|fim_suffix|>", "email@example.com", "#hashtag @mention",
    "base64: SGVsbG8gV29ybGQ=", "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
]
CASES = ["JSONParser", "HELLOWorld", "helloWORLD", "HelloWorld", "HELLO", "hello", "aBcDeF", "ABCdef", "abcDEF",
         "ǅungla", "ǅUNGLA", "ʰello", "Hʰello", "ΣΊΣΥΦΟΣ", "ǈuka", "ŉ", "ß", "ẞ", "İstanbul", "ﬁnance", "Ⅻth"]


def sample_block_strings(bits):
    """Strings from every 128-code-point block that has letters, numbers, marks or spaces."""
    out = []
    palette = [" ", "a", "A", "1", "'", "\n", ".", "", "", ""]
    blocks = sorted({c >> 7 for c in bits})
    for block in blocks:
        members = [c for c in range(block << 7, (block + 1) << 7) if c in bits]
        for _ in range(2):
            chars = [chr(rng.choice(members)) for _ in range(rng.randint(1, 6))]
            s = "".join(ch + rng.choice(palette) for ch in chars)
            out.append(s)
    return out


def fuzz(count, tricky):
    return ["".join(rng.choice(tricky) for _ in range(rng.randint(1, 24))) for _ in range(count)]


def main():
    tik = tiktoken_bits()
    swift = swift_bits()
    drift = sorted(c for c in set(tik) | set(swift) if tik.get(c, 0) != swift.get(c, 0))
    print(f"{len(drift)} code points where Swift's Unicode classes differ from tiktoken's", file=sys.stderr)

    cases = []
    cases += SCRIPTS + EMOJI + MARKS + CONTRACTIONS + DIGITS + CODE + CASES
    cases += [c + w for c in ["a", "1", "!", "'", "é"] for w in WHITESPACE]
    cases += [w + c for c in ["a", "1", "!", "A", "\u0301"] for w in WHITESPACE]
    cases += ["a" + w1 + w2 + "b" for w1 in WHITESPACE[:10] for w2 in WHITESPACE[:10]]
    cases += ["x" + w1 + w2 for w1 in WHITESPACE[:8] for w2 in WHITESPACE]
    cases += ["a \n ", " \n", "\n\n\n", "  \n  \n  x", "x\n \n", "\r\n\r\n", " \r\n x", "end   ", "   ", "\t\t\tx"]
    cases += [f"{p}{w}" for p in ["hello", "HELLO", "Hello"] for w in ["'s", "'S", "'re", "'ll", "'ve", "'d", "'m", "'t", "'x"]]
    cases += ["%s%s%s" % (a, b, c) for a in ["", " ", "'", "\u0301", "!"] for b in ["A", "a", "ǅ", "ʰ", "中"] for c in ["a", "A", "1", ""]]
    # Unicode 16 -> 17: every drifted code point in a few contexts (sampled to keep the file small).
    picked = drift if len(drift) <= 400 else sorted(rng.sample(drift, 400))
    contexts = ["{c}", "a{c}", "{c}a", " {c}{c}", "A{c}b", "{c}1", "'{c}", "{c}'s"]
    cases += [rng.choice(contexts).format(c=chr(c)) for c in picked]
    cases += [chr(0x0295), "aʕb", "Aʕ", "ʕA"]
    cases += sample_block_strings(tik)
    tricky = list("aAzZ09 '\n\r\t.,!?-_/\\\"{}[]()<>@#$%^&*+=~`|;:") + ["é", "\u0301", "ǅ", "ʰ", "中", "한", "😀", "🏽",
             "\u200d", "\u00a0", "\u3000", "\u2028", "١", "½", "Ⅳ", "ſ", "ß", "İ", "ﬁ", "\u0085", "ẞ", "Σ"]
    cases += fuzz(700, tricky)
    # Long pieces exercise the heap merge (pieces of 96 bytes and more).
    long = ["a" * 500, "ab" * 300, " " * 300 + "x", "\n" * 200, "1" * 400, "!" * 300, "é" * 200, "😀" * 100,
            "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(1200)),
            "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(800)),
            "".join(rng.choice("中文字符测试") for _ in range(300)), "la" * 150 + "LA" * 150]
    cases += long
    seen, unique = set(), []
    for c in cases:
        if c and c not in seen:
            seen.add(c)
            unique.append(c)
    encs = {n: tiktoken.get_encoding(n) for n in ["cl100k_base", "o200k_base"]}
    rows = [{"text": t, **{n: e.encode_ordinary(t) for n, e in encs.items()}} for t in unique]
    with open(OUT, "w") as f:
        json.dump({"tiktoken": tiktoken.__version__, "drift_code_points": len(drift), "cases": rows}, f,
                  ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: {len(rows)} strings", file=sys.stderr)


if __name__ == "__main__":
    main()

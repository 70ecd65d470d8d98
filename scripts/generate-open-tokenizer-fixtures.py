#!/usr/bin/env python3
"""Writes Tests/TokenizersTests/Fixtures/open/<family>.json: the reference token ids of each open-weight
tokenizer family in ../shared/tokenizers for one fixed multilingual corpus, so that the Swift tests prove
parity without Python. Also writes Tests/TokenizersTests/Fixtures/open/unicode-drift.json: where HF
`tokenizers` (Oniguruma regexes, its own NFC tables) and tiktoken (Rust regex) classify code points
differently, and where HF's NFC differs from Python's and from Unicode 17 (Swift 6.3).
Deterministic: the same library versions give byte-identical files.

Families and references (every file comes from the unpacked folder, see ../shared/tokenizers/README.md):
    llama3           HF tokenizers, llama3/tokenizer.json
    qwen2            HF tokenizers, qwen2/tokenizer.json (Qwen3's file)
    qwen2.5          HF tokenizers, Qwen2.5's tokenizer.json in the --hf-cache layout (Qwen3's file minus 4 added tokens)
    gpt-oss          tiktoken o200k_harmony (o200k_base ranks from TIKTOKEN_CACHE_DIR)
    llama4           tiktoken Encoding built as llama_models does: llama4/tokenizer.model + tokenizer_spec.json
    mistral-tekken   mistral-common Tekkenizer, mistral-tekken/tekken_240718.json
    mistral-sp-v1    mistral-common SentencePieceTokenizer, mistral-sp/tokenizer.model.v1
    mistral-sp-v3    mistral-common SentencePieceTokenizer, mistral-sp/mistral_instruct_tokenizer_240323.model.v3

Each case: `text`; `ids` = the plain encoding (no BOS/EOS; special-token text is ordinary text: HF with
`encode_special_tokens = True`, tiktoken `encode_ordinary`, mistral-common `encode(bos=False, eos=False)`);
`special_ids` only when it differs from `ids` (HF `encode_special_tokens = False`, tiktoken
`encode(allowed_special="all")`; never for mistral); `decoded` = the reference's decode of `ids`.
Caveat (HF): `encode_special_tokens = True` only affects added tokens marked special; Qwen's non-special
added tokens (`<think>`, `</think>`, `<tool_call>`, `<|fim_prefix|>`, ...) are still matched in `ids`.

Cross-checks (printed, not written): llama3 against llama_models' tiktoken tokenizer, qwen2 against tiktoken
over the same vocabulary + NFC, llama4 against llama_models, tekken against a plain tiktoken rebuild,
mistral-sp against `sentencepiece` directly, gpt-oss against openai-harmony (when TIKTOKEN_ENCODINGS_BASE
points at a folder holding o200k_base.tiktoken). Optional libraries that are missing are skipped.

Usage (offline):
    python3 -m venv /root/refvenv
    /root/refvenv/bin/pip install tiktoken tokenizers transformers mistral-common sentencepiece \\
        openai-harmony unicodedata2==17.0.0 llama-models     # llama-models: only for a cross-check
    ../shared/tools/tokenizers-unpack /tmp/tok --hf-cache
    ../shared/tools/tiktoken-cache /tmp/tkc
    HF_HUB_OFFLINE=1 TIKTOKEN_CACHE_DIR=/tmp/tkc TIKTOKEN_ENCODINGS_BASE=../shared/encodings \\
        /root/refvenv/bin/python scripts/generate-open-tokenizer-fixtures.py /tmp/tok
(the folder may also come from OPEN_TOKENIZERS_DIR; `--only=llama3,qwen2` limits the families written,
`--no-crosscheck` skips the cross-checks. unicodedata2 must be 17.0.0: the corpus samples the code points
where Unicode 17 and the references disagree, so another version gives another corpus; the committed files
were made with Python 3.11, whose unicodedata (14.0) is reported in unicode-drift.json.) About 30 s.
"""
import base64
import hashlib
import json
import os
import random
import sys
import unicodedata

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import tiktoken  # noqa: E402
import tokenizers  # noqa: E402
from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "open")
SEED = 20261129
MAX_FIXTURE_BYTES = 1_500_000


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def version(module_name):
    try:
        from importlib.metadata import version as v
        return v(module_name)
    except Exception:
        return "unknown"


# ---------------------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------------------

SCRIPTS = [
    "The quick brown fox jumps over the lazy dog.", "Ça va? Déjà vu, naïve café, Œuvre, straße, ÆØÅ æøå",
    "Ελληνικά: Γειά σου Κόσμε, ΆΈΉ ΐΰ", "Русский: Съешь же ещё этих мягких французских булок",
    "Українська: Ґанок, їжак, є", "Հայերեն՝ Բարեւ աշխարհ", "עברית: שָׁלוֹם עוֹלָם", "العربية: مرحبا بالعالم، كيف حالك؟",
    "فارسی: سلام دنیا ۱۲۳", "हिन्दी: नमस्ते दुनिया, क्षत्रिय", "বাংলা: ওহে বিশ্ব", "தமிழ்: வணக்கம் உலகம்",
    "తెలుగు: హలో ప్రపంచం", "ಕನ್ನಡ: ನಮಸ್ಕಾರ", "മലയാളം: ഹലോ വേൾഡ്", "ગુજરાતી: નમસ્તે", "ਪੰਜਾਬੀ: ਸਤ ਸ੍ਰੀ ਅਕਾਲ",
    "ไทย: สวัสดีชาวโลก", "ລາວ: ສະບາຍດີ", "ქართული: გამარჯობა სამყარო", "한국어: 안녕하세요 세계", "각 한글 자모",
    "日本語: こんにちは世界、カタカナ、ｶﾀｶﾅ", "中文：你好，世界！繁體字與简体字", "𠀀𠀁𪜀 CJK extension B",
    "አማርኛ: ሰላም ለዓለም", "ᏣᎳᎩ Cherokee ᏌᏊ ꭰꭱ", "ᠮᠣᠩᠭᠣᠯ Mongolian", "བོད་ཡིག Tibetan", "ខ្មែរ Khmer",
    "မြန်မာ Myanmar", "සිංහල Sinhala", "ᐃᓄᒃᑎᑐᑦ Inuktitut", "ᚠᚢᚦᚨᚱᚲ runes", "ᚁᚂᚃ ogham", "𐌰𐌱𐌲 Gothic",
    "𐀀𐀁 Linear B", "𒀀𒀁 cuneiform", "𓀀𓀁𓂀 hieroglyphs", "𝐀𝐁𝐂 𝑎𝑏𝑐 𝔄𝔅 math letters", "ꓐꓑ Lisu", "ߊߋ N'Ko",
    "ހިވެހި Thaana", "ᜊᜌ᜔ Tagalog", "ꦗꦮ Javanese", "ᮞᮥᮔ᮪ᮓ Sundanese", "𞤀𞤁 Adlam", "ⵜⴰⵎⴰⵣⵉⵖⵜ Tifinagh",
    "Tiếng Việt: Xin chào thế giới", "Yorùbá: Ẹ kú àárọ̀", "Polski: Zażółć gęślą jaźń", "Čeština: Příliš žluťoučký kůň",
    "Türkçe: İstanbul ıı İi", "Kalaallisut ĸ", "Ǆǅǆ ǈǉ titlecase digraphs", "ʰʲʷ ˢ modifier letters", "ꜰᴀᴋᴇ ꜱᴍᴀʟʟ ᴄᴀᴘꜱ",
    "ܐܪܡܝܐ Syriac ܫܠܡܐ", "ꆈꌠꁱꂷ Yi", "ꕙꔤ Vai", "ᥖᥭᥰ Tai Le", "𐐔𐐯𐑅𐐨𐑉𐐯𐐻 Deseret", "𐓏𐓘𐓻𐓘𐓻𐓟 Osage",
    "𑀅𑀲𑁄𑀓 Brahmi", "ⰃⰎⰀⰂⰀ Glagolitic", "ꤰꥍꤺ Rejang", "𖹀𖹁 Medefaidrin", "𑜒𑜑𑜪 Ahom",
    "Deutsch: Grüße aus Köln, Fußgängerübergänge", "Español: ¿Dónde está la estación? ¡Año nuevo!",
    "Português: Não, você está coração", "Italiano: perché più città", "Nederlands: ĳsberen één",
    "Română: știință și țară", "Magyar: árvíztűrő tükörfúrógép", "Íslenska: Þórður ðæ", "Føroyskt: ørindi",
    "Lietuvių: ąčęėįšųūž", "Latviešu: ģērbšanās", "Esperanto: ĉapelo ĝis ŝanco", "Malti: ħobż ġewwa",
    "Kiswahili: Habari ya asubuhi", "Hausa: Ƙasar ɗan ɓarawo", "ʻŌlelo Hawaiʻi", "Dansk: Rødgrød med fløde",
    "Azərbaycan: Əlifba ğ", "Қазақ тілі: Сәлем әлем", "Монгол: Сайн байна уу", "Беларуская: Ў ў і",
    "Српски: Ђурђевдан Љубав Њива Џак", "Македонски: Ѓорѓи Ќе Ѕвезда", "ئۇيغۇرچە: ياخشىمۇسىز", "اردو: ہیلو دنیا",
    "پښتو: سلام نړۍ", "ꯃꯤꯇꯩ Meitei", "ᱥᱟᱱᱛᱟᱲᱤ Santali", "ଓଡ଼ିଆ: ନମସ୍କାର", "नेपाली: नमस्कार संसार", "मराठी: नमस्कार जग",
    "ᨅᨔ ᨕᨘᨁᨗ Buginese", "ꤊꤢ Kayah Li", "Ελληνικά πολυτονικά: ἐν ἀρχῇ ἦν ὁ λόγος", "Ἀθῆναι ᾄδω ῥήτωρ",
]

PARAGRAPHS = [
    "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.",
    "Der schnelle braune Fuchs springt über den faulen Hund. Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich.",
    "Le cœur a ses raisons que la raison ne connaît point. « Bonjour », dit-il — puis il s'en alla…",
    "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía un hidalgo.",
    "Мой дядя самых честных правил, когда не в шутку занемог, он уважать себя заставил и лучше выдумать не мог.",
    "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。", "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。",
    "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다.", "كان يا ما كان في قديم الزمان وسالف العصر والأوان.",
    "सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता और समानता प्राप्त है।",
    "เป็นมนุษย์สุดประเสริฐเลิศคุณค่า กว่าบรรดาฝูงสัตว์เดรัจฉาน", "Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền.",
    "Bütün insanlar hür, haysiyet ve haklar bakımından eşit doğarlar.", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια.",
    "כל בני האדם נולדו בני חורין ושווים בערכם ובזכויותיהם.", "ყველა ადამიანი იბადება თავისუფალი და თანასწორი.",
    "Բոլոր մարդիկ ծնվում են ազատ ու հավասար իրենց արժանապատվությամբ։", "ሁሉም የሰው ልጆች ሲወለዱ ነጻና በክብርና በመብትም እኩልነት ያላቸው ናቸው።",
    "மனிதப் பிறவியினர் சகலரும் சுதந்திரமாகவே பிறக்கின்றனர்.", "সমস্ত মানুষ স্বাধীনভাবে সমান মর্যাদা এবং অধিকার নিয়ে জন্মগ্রহণ করে।",
    "Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw.",
    "Mixed: English, 中文, русский, العربية, हिन्दी, 日本語 and 😀 in one line; numbers 1234567 and ٣٤٥.",
]

EMOJI = [
    "👍", "👍🏽", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇯🇵🇺🇸", "1️⃣", "#️⃣", "❤️", "❤︎", "🧑🏿‍🤝‍🧑🏻", "👁️‍🗨️", "🫶🏼", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "I ❤️ NY", "ok 👍🏽!", "team:👩‍💻👨‍💻", "😀😃😄😁", "☕️ time", "🤦🏻‍♂️ facepalm", "✌🏿✌🏾", "🐻‍❄️", "Hi🙂there",
    "🏴‍☠️", "🏳️‍⚧️", "👩🏽‍🚀", "🧔🏻‍♀️", "🫱🏼‍🫲🏿", "💏🏻", "👨‍❤️‍💋‍👨", "🐕‍🦺", "😶‍🌫️", "❤️‍🔥", "❤️‍🩹", "🙂‍↔️",
    "🇫🇷🇩🇪🇧🇷🇮🇳🇺🇦🇪🇺", "🇺🇳", "🇦", "🇦🇧🇨", "🏴󠁧󠁢󠁥󠁮󠁧󠁿 England", "*️⃣0️⃣9️⃣", "©️®️™️", "🔟", "🆗🆒", "🈶🈚",
    "emoji at end 🎉", "🎉 emoji at start", "multiple   🎉   spaces", "🎉\n🎊\r\n🎈", "a🏽", "🏽", "\u200d", "👩\u200d",
    "\u200d💻", "👍\ufe0f", "☺", "☺️", "⌚⌛", "🀄🃏", "🧑‍🧑‍🧒‍🧒", "🪿🫎🪼", "🫨🫸🏾", "🥲🥸🫠",
]
EMOJI_BASES = ["👍", "👋", "🙌", "👶", "🧑", "💪", "🤝", "🫶"]
TONES = ["🏻", "🏼", "🏽", "🏾", "🏿"]
MARKS = [
    "e\u0301", "e\u0301t", "\u0301A", "\u0301a", "a\u0301\u0302\u0303", " \u0301", "1\u0301", "'\u0301s", "\u0301\u0301\u0301",
    "Z\u0351\u036b\u0343\u036a\u0302\u036b", "ǹ\u0300", "i\u0307", "\u20dd", "A\u20dd", "x\u0489", "ক্ষ", "क्‍ष", "ﷺ", "\u093f",
    "naïve vs nai\u0308ve", "a\u200db", "a\u200cb", "\ufeffBOM", "\u00adsoft\u00adhyphen", "a\u0323\u0302", "a\u0302\u0323",
    "q\u0307\u0323", "q\u0323\u0307", "\u1100\u1161\u11a8", "\u1100\u1161", "가\u11a8", "\u0915\u093c", "\u05d0\u05b7\u05bc",
    "\u0627\u0653", "\u3046\u3099", "\u30cf\u309a", "Å", "Å", "Å", "Ω", "Ω", "ﬃ", "Ⅸ", "㎏", "①", "ｶﾞ",
]
WHITESPACE = [" ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2007",
              "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e", "\u200b"]
CONTRACTIONS = ["it's", "IT'S", "It'S", "we're", "WE'RE", "they've", "I'm", "I'M", "you'll", "YOU'LL", "he'd",
                "don't", "DON'T", "can't", "'s", "'S", "'t", "'re", "'ve", "'m", "'ll", "'d", "'x", "''s", "it’s",
                "its'", "'ſ", "it'ſ", "we'Ll", "we'lL", "'Re", "'rE", "rock'n'roll", "o'clock", "y'all'd've",
                "'tis", "I'd've", "Jones's", "ǅ's", "ŉ's", "ABC's", "abcDEF's", "'sa", "'ll've", "'LL", "'VE", "'RE",
                "'D", "'M", "'T", " 's", " 'S", "\n's", "1's", "😀's", "中's", "é's", "'s'S'll'LL", "L'amour", "l'été",
                "aujourd'hui", "O'Neill", "O'NEILL", "'quoted'", "'S'", "''", "'", "a'", "'a"]
CONTRACTION_WORDS = ["it", "IT", "It", "we", "WE", "they", "THEY", "you", "YOU", "I", "she", "SHE", "Bob", "ÉCOLE", "naïve", "中"]
CONTRACTION_SUFFIXES = ["'s", "'S", "'t", "'T", "'re", "'RE", "'Re", "'rE", "'ve", "'VE", "'vE", "'m", "'M", "'ll", "'LL",
                        "'Ll", "'lL", "'d", "'D", "'x"]
DIGITS = ["0", "12", "123", "1234", "12345", "1234567890", "3.14159", "1,000,000", "-42", "1e10", "0x1F", "١٢٣٤٥",
          "۱۲۳۴", "१२३४५", "১২৩", "௧௨௩", "๑๒๓", "１２３４", "²³¹", "½¾⅓", "ⅠⅡⅢⅣ", "ⅰⅱⅲ", "①②③④", "⑴⑵", "𝟎𝟏𝟐",
          "〇一二三", "x²+y²", "H₂O", "10⁶", "2026-11-29", "12:30:45", "v1.2.3", "192.168.0.1", "$1,234.56",
          "١٢٣abc", "abc١٢٣", "𐒠𐒡", "፩፪፫", "𑁦𑁧", "+1 (555) 123-4567", "1.0e-9", "0b1010_1010", "50%", "#1", "No.7",
          "3rd 21st 100th", "1st2nd3rd", "v2.0.0-beta.1", "1/2 3/4", "99.9%", "−5", "5×5=25", "２０２６年１１月２９日"]
DIGIT_SETS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "๐๑๒๓๔๕๖๗๘๙", "０１２３４５６７８９",
              "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "၀၁၂၃၄၅၆၇၈၉", "߀߁߂߃߄߅߆߇߈߉"]
DIGIT_TEMPLATES = ["{d}", "a{d}", "{d}a", "x{d}y", " {d}", "{d} ", "{d}.", "${d}", "{d}%", "({d})", "{d}px", "v{d}",
                   "{d},{d}", "{d}.{d}", "-{d}", "{d}\n", "id_{d}_x", "ABC{d}DEF", "{d}é", "中{d}文", "{d}'s", "#{d}!"]
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
    "@objc dynamic var x: Int?", "email@example.com", "#hashtag @mention",
    "base64: SGVsbG8gV29ybGQ=", "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "import Foundation\n\nstruct Point: Codable, Hashable {\n    var x: Double\n    var y: Double\n}\n\nlet p = Point(x: 1.5, y: -2)\nprint(p)\n",
    "guard let url = URL(string: \"https://api.together.xyz/v1/files\") else { fatalError(\"bad URL\") }",
    "extension Array where Element: Equatable {\n    func count(of e: Element) -> Int { filter { $0 == e }.count }\n}",
    "class Foo(Base):\n    \"\"\"Docstring.\"\"\"\n\n    def __init__(self, *args, **kwargs) -> None:\n        super().__init__(*args, **kwargs)\n        self._cache: dict[str, int] = {}\n",
    "for i in range(10):\n    if i % 2 == 0:\n        continue\n    print(f\"{i=}\")\n",
    "lambda x: [y ** 2 for y in x if y > 0]", "async def fetch(session):\n    async with session.get(URL) as r:\n        return await r.json()\n",
    "#!/bin/sh\nset -euo pipefail\nfor f in *.jsonl; do\n  wc -l \"$f\"\ndone\n", "find . -name '*.py' -print0 | xargs -0 grep -n 'TODO' 2>/dev/null",
    "curl -sS -X POST https://api.openai.com/v1/files -H \"Authorization: Bearer $OPENAI_API_KEY\" -F purpose=fine-tune",
    "static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }",
    "typedef struct node { int value; struct node *next; } node_t;\n#define MAX(a,b) ((a)>(b)?(a):(b))\n",
    "{\"messages\": [{\"role\": \"system\", \"content\": \"You are helpful.\"}, {\"role\": \"user\", \"content\": \"Hi\\nthere\"}, {\"role\": \"assistant\", \"content\": \"Hello! \\u00e9\"}]}",
    "[{\"id\":1,\"tags\":[\"a\",\"b\"],\"score\":0.5,\"ok\":false,\"none\":null}]", "{\"emoji\":\"😀\",\"escaped\":\"\\ud83d\\ude00\",\"tab\":\"\\t\"}",
    "fn main() {\n    let v: Vec<u8> = (0..10).collect();\n    println!(\"{:?}\", v);\n}\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root attr='1'><child/></root>", "key: value\nlist:\n  - a\n  - b\n",
    "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n-old\n+new\n", "\\begin{equation} e^{i\\pi} + 1 = 0 \\end{equation}",
    "| a | b |\n|---|---|\n| 1 | 2 |\n", "# Title\n\n* item\n* **bold** _it_ `code`\n", "=SUM(A1:A10)/COUNT(B:B)",
    "!==, ===, =>, ->, <=>, ::, ..., ?., ??=, **=, >>>=, <<=", "0xDEADBEEF 0o777 1_000_000u64 3.0f32 .5 5.",
    "    \n\t\n  \t  \n", "a\tb\tc\n1\t2\t3\n", "path/to/file.swift:42:7: error: expected ')'",
]
CASES = ["JSONParser", "HELLOWorld", "helloWORLD", "HelloWorld", "HELLO", "hello", "aBcDeF", "ABCdef", "abcDEF",
         "ǅungla", "ǅUNGLA", "ʰello", "Hʰello", "ΣΊΣΥΦΟΣ", "ǈuka", "ŉ", "ß", "ẞ", "İstanbul", "ﬁnance", "Ⅻth",
         "McDonald", "iPhone", "eBay", "NASA's", "ÀÉÎÕÜ", "àéîõü", "ΑΒΓδεζ", "АБВгде", "ⰀⰰႠⴀ", "ᏣᎳᎩ ꮳꮃꭹ"]
NFC_TEXTS = ["café résumé naïve", "Ångström Øre", "Tiếng Việt: Xin chào thế giới, người Việt", "Ελληνικά: ἐν ἀρχῇ ἦν ὁ λόγος",
             "한국어 안녕하세요", "がぎぐげご パピプペポ", "Ǆǅǆ Ǖǖ", "Zürich Göteborg Œuvre", "ḍ̇ ṩ ệ ǻ", "क़ ख़ ग़ ज़ ड़", "שָׁלוֹם",
             "Åström", "ếàềẩ", "à la carte", "Straße naïveté", "ọ̀ ẹ́ ṣ", "ä ö ü Ä Ö Ü", "ñ Ñ ç Ç", "ā ē ī ō ū", "Źdźbło Łódź",
             "ঢ় য় ড়", "ਖ਼ ਗ਼ ਜ਼", "ଡ଼ ଢ଼", "ொ ோ ௌ", "ൊ ോ ൌ", "ශ්‍රී ලංකා", "ྒྷ ཱི", "Ⅻ ﬁ ① ㍿", "ヴ ヷ", "Ç̈ ṏ"]
SPECIAL_TEXTS = [
    "<|im_start|>", "<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|begin_of_text|>", "<|end_of_text|>",
    "<|start_header_id|>", "<|end_header_id|>", "<|eom_id|>", "<|python_tag|>", "<|finetune_right_pad_id|>",
    "<|reserved_special_token_0|>", "<|reserved_special_token_247|>", "<|image|>", "<|header_start|>", "<|header_end|>",
    "<|eot|>", "<|eom|>", "<|python_start|>", "<|python_end|>", "<|reasoning_thinking_start|>", "<|finetune_right_pad|>",
    "<|start|>", "<|end|>", "<|message|>", "<|channel|>", "<|return|>", "<|call|>", "<|constrain|>", "<|startoftext|>",
    "<|endofprompt|>", "<|reserved_200018|>", "<|reserved_201087|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>",
    "<|fim_pad|>", "<|repo_name|>", "<|file_sep|>", "<|vision_start|>", "<|image_pad|>", "<|object_ref_start|>",
    "<tool_call>", "</tool_call>", "<tool_response>", "</tool_response>", "<think>", "</think>", "[INST]", "[/INST]",
    "[AVAILABLE_TOOLS]", "[/AVAILABLE_TOOLS]", "[TOOL_CALLS]", "[TOOL_RESULTS]", "[/TOOL_RESULTS]", "[IMG]", "[PREFIX]",
    "[MIDDLE]", "[SUFFIX]", "[control_12]", "[REFERENCE_DOC_0]", "[REFERENCE_DOC_7]", "[REFERENCE_DOC_19]",
    "[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]", "<s>", "</s>", "<unk>", "<pad>", "<SPECIAL_10>", "<0x0A>", "▁",
]
NEAR_SPECIAL = ["<|im_start|", "|im_start|>", "<|IM_START|>", "< |im_start|>", "<|im_start|>>", "<<|eot_id|>", "<||>", "<|>",
                "<|eot_id", "eot_id|>", "[INST ]", "[inst]", "[ INST]", "<think >", "< think>", "</ s>", "<s >", "<S>", "<|end",
                "<|start|>assistant<|channel|>final<|message|>", "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>",
                "<|im_start|>user\nhello<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\nHi!<|im_end|>\n",
                "<s>[INST] What is 2+2? [/INST] 4</s>[INST] And 3+3? [/INST]", "<|header_start|>user<|header_end|>\n\nhi<|eot|>",
                "<|begin_of_text|><|begin_of_text|>", "</s></s>", "<s><s>", "[INST][/INST]", "<think></think>",
                "[REFERENCE_DOC_20]", "[REFERENCE_DOC_1][REFERENCE_DOC_2]", "<|reserved_special_token_250|>", "<|reserved_200020|>"]
SPECIAL_TEMPLATES = ["{t}", " {t}", "{t} ", "a{t}b", "hello{t}world", "Hello {t} World", "{t}{t}", "{t}\n", "\n{t}\n",
                     "word{t}", "{t}word", "  {t}  ", "中{t}文", "1{t}2", "'{t}'s", "x{t}y{u}z", "{u}user\nhi{t}", "{t}{u}",
                     "😀{t}😀", "é{t}é", "\t{t}\t", "{t}.", "({t})", "\"{t}\""]
LONG_WORDS = ["antidisestablishmentarianism", "Donaudampfschifffahrtsgesellschaftskapitän",
              "pneumonoultramicroscopicsilicovolcanoconiosis", "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz",
              "Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch", "Muvaffakiyetsizleştiricileştiriveremeyebileceklerimizdenmişsinizcesine",
              "Kindergartenvorbereitungsgruppe", "Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu",
              "Hottentottenstottertrottelmutterbeutelrattenlattengitterkofferattentäter", "epäjärjestelmällistyttämättömyydellänsäkäänköhän",
              "Nebeprisikiškiakopūsteliaujantiesiems", "превысокомногорассмотрительствующий", "異体字表示機能拡張仕様策定委員会報告書",
              "กรุงเทพมหานครอมรรัตนโกสินทร์มหินทรายุทธยามหาดิลกภพนพรัตน์ราชธานีบุรีรมย์",
              "supercalifragilisticexpialidocious", "SUPERCALIFRAGILISTICEXPIALIDOCIOUS", "SuperCaliFragilisticExpiAliDocious",
              "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "ababababababababababababababababababababab"]
REPEAT_CHARS = ["a", "A", "1", " ", "\n", "\t", "!", "-", "=", "_", "*", ".", "'", "é", "ß", "\u0301", "中", "😀", "\r\n",
                "\u00a0", "\u3000", "ab", "<|", "0"]
REPEAT_LENGTHS = [2, 3, 4, 5, 7, 16, 33, 64, 130]
# Code point ranges that random strings draw from: most scripts, symbols, private use, the planes of ideographs
# and the blocks new in Unicode 15-17 (where Unicode tables of different versions disagree).
BLOCKS = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x250, 0x2FF), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x531, 0x58F),
    (0x591, 0x5F4), (0x600, 0x6FF), (0x700, 0x74F), (0x780, 0x7B1), (0x7C0, 0x7FF), (0x800, 0x8FF), (0x900, 0x97F),
    (0x980, 0x9FF), (0xA00, 0xAFF), (0xB00, 0xBFF), (0xC00, 0xCFF), (0xD00, 0xDFF), (0xE00, 0xEFF), (0xF00, 0xFFF),
    (0x1000, 0x109F), (0x10A0, 0x10FF), (0x1100, 0x11FF), (0x1200, 0x139F), (0x13A0, 0x13FF), (0x1400, 0x167F),
    (0x1680, 0x16FF), (0x1700, 0x177F), (0x1780, 0x18AF), (0x1900, 0x1AFF), (0x1B00, 0x1CFF), (0x1D00, 0x1DFF),
    (0x1E00, 0x1FFF), (0x2000, 0x206F), (0x2070, 0x218F), (0x2190, 0x23FF), (0x2460, 0x27BF), (0x2C00, 0x2E7F),
    (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x31FF), (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xA000, 0xA4CF), (0xA4D0, 0xA4FF), (0xA500, 0xA63F), (0xA640, 0xA7FF), (0xA800, 0xABFF), (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7FF), (0xE000, 0xF8FF), (0xF900, 0xFAFF), (0xFB00, 0xFDFF), (0xFE00, 0xFE6F), (0xFE70, 0xFEFF),
    (0xFF00, 0xFFEF), (0xFFF0, 0xFFFF), (0x10000, 0x1013F), (0x10300, 0x1034F), (0x10400, 0x104FF), (0x105C0, 0x105FF),
    (0x10800, 0x10FFF), (0x11000, 0x1107F), (0x11380, 0x113FF), (0x11900, 0x11AFF), (0x11BC0, 0x11BFF),
    (0x11D00, 0x11DFF), (0x11F00, 0x11F5F), (0x12000, 0x123FF), (0x13000, 0x1345F), (0x16100, 0x1613F),
    (0x16A40, 0x16AFF), (0x16D40, 0x16D7F), (0x16E40, 0x16EFF), (0x16F00, 0x16FFF), (0x17000, 0x18D7F),
    (0x1B000, 0x1B2FF), (0x1CC00, 0x1CEBF), (0x1D400, 0x1D7FF), (0x1DF00, 0x1DFFF), (0x1E000, 0x1E08F),
    (0x1E100, 0x1E14F), (0x1E290, 0x1E2FF), (0x1E4D0, 0x1E4FF), (0x1E5D0, 0x1E5FF), (0x1E6C0, 0x1E6FF),
    (0x1E800, 0x1E95F), (0x1EE00, 0x1EEFF), (0x1F000, 0x1F0FF), (0x1F100, 0x1F2FF), (0x1F300, 0x1FAFF),
    (0x1FB00, 0x1FBFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EE5F), (0x2F800, 0x2FA1F), (0x30000, 0x323AF),
    (0x323B0, 0x3347F), (0xE0000, 0xE007F), (0xE0100, 0xE01EF), (0xF0000, 0xF00FF), (0x10FF00, 0x10FFFF),
]
FUZZ_PALETTE = list("aAzZ09 '\n\r\t.,!?-_/\\\"{}[]()<>@#$%^&*+=~`|;:") + [
    "é", "\u0301", "ǅ", "ʰ", "中", "한", "😀", "🏽", "\u200d", "\u00a0", "\u3000", "\u2028", "١", "½", "Ⅳ", "ſ", "ß", "İ", "ﬁ",
    "\u0085", "ẞ", "Σ", "'s", "'S", "'ll", "'LL", "<|", "|>", "<s>", "</s>", "[INST]", "<think>", "<|im_start|>",
    "<|eot_id|>", "<|start|>", "<|channel|>", "<|endoftext|>", "\r\n", "   ", "123", "4567", "▁", "\x00", "\ufffd", "\ufeff"]


def random_codepoint(rng):
    while True:
        c = rng.randrange(0x110000)
        if not 0xD800 <= c <= 0xDFFF:
            return c


def block_codepoint(rng):
    lo, hi = rng.choice(BLOCKS)
    while True:
        c = rng.randint(lo, hi)
        if not 0xD800 <= c <= 0xDFFF:
            return c


def build_corpus(extra):
    """The corpus, in a fixed order with duplicates and empty strings removed. extra: (group name, strings) from
    the Unicode comparisons."""
    rng = random.Random(SEED)
    groups = []

    def add(name, items):
        groups.append((name, list(items)))

    add("scripts", SCRIPTS + PARAGRAPHS)
    # Case variants and word pairs of every script.
    variants = []
    for s in SCRIPTS:
        variants += [s.upper(), s.lower(), " " + s, s + "\n"]
    add("script-variants", rng.sample(variants, 160))
    words = sorted({w for s in SCRIPTS + PARAGRAPHS for w in s.split()})
    add("script-words", [" ".join(rng.sample(words, rng.randint(1, 4))) for _ in range(120)])

    emoji = list(EMOJI) + [b + t for b in EMOJI_BASES for t in TONES]
    emoji += [chr(0x1F1E6 + rng.randrange(26)) + chr(0x1F1E6 + rng.randrange(26)) for _ in range(12)]
    emoji += ["".join(rng.choice(EMOJI) for _ in range(rng.randint(2, 5))) for _ in range(20)]
    emoji += [rng.choice(["hi ", "ok", "Yes! ", "x", "1", "中", ""]) + rng.choice(EMOJI) + rng.choice([" there", "!", "", "\n", "'s", "1"])
              for _ in range(30)]
    add("emoji", emoji)
    add("marks", MARKS)
    add("cases", CASES)

    contractions = list(CONTRACTIONS)
    contractions += [w + s for w in CONTRACTION_WORDS for s in CONTRACTION_SUFFIXES]
    add("contractions", contractions)

    digits = list(DIGITS)
    for n in range(1, 41):
        run = "".join(rng.choice("0123456789") for _ in range(n))
        digits.append(run)
        for t in rng.sample(DIGIT_TEMPLATES, 3):
            digits.append(t.format(d=run))
    for ds in DIGIT_SETS:
        for n in [1, 2, 3, 4, 5, 7, 10, 16, 33]:
            digits.append("".join(rng.choice(ds) for _ in range(n)))
        digits.append("a" + "".join(rng.choice(ds) for _ in range(6)) + " " + "".join(rng.choice(ds) for _ in range(4)))
    add("digits", digits)

    ws = ["a \n ", " \n", "\n\n\n", "  \n  \n  x", "x\n \n", "\r\n\r\n", " \r\n x", "end   ", "   ", "\t\t\tx"]
    ws += [c + w for c in ["a", "1", "!", "'", "é"] for w in WHITESPACE]
    ws += [w + c for c in ["a", "1", "!", "A", "\u0301"] for w in WHITESPACE]
    ws += ["a" + w1 + w2 + "b" for w1 in WHITESPACE[:10] for w2 in WHITESPACE[:10]]
    for w in [" ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000", "\u2028", "\u0085", "\u000b", "\u2003", "\u202f"]:
        for n in [2, 3, 4, 5, 8, 16]:
            ws.append(rng.choice(["{w}", "a{w}b", "{w}a", "a{w}", "{w}1", ".{w}.", "{w}😀"]).format(w=w * n))
    for _ in range(120):
        run = "".join(rng.choice(WHITESPACE) for _ in range(rng.randint(2, 12)))
        ws.append(rng.choice(["{w}", "a{w}b", "{w}a", "a{w}", "Hello{w}world", "{w}x{w}", "1{w}2", "中{w}文"]).format(w=run))
    add("whitespace", ws)

    add("code", CODE + [line for snippet in CODE for line in snippet.split("\n") if len(line) > 12][:80])

    nfc = []
    for s in NFC_TEXTS:
        c, d = unicodedata.normalize("NFC", s), unicodedata.normalize("NFD", s)
        nfc += [c, d, c + " " + d]
    add("nfc-nfd", nfc)

    specials = list(NEAR_SPECIAL)
    for t in SPECIAL_TEXTS:
        for tpl in rng.sample(SPECIAL_TEMPLATES, 5):
            specials.append(tpl.format(t=t, u=rng.choice(SPECIAL_TEXTS)))
    add("special-lookalikes", specials)

    add("long-words", LONG_WORDS + [w.upper() for w in LONG_WORDS[:6]] + [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.choice([50, 120, 300]))) for _ in range(6)] + [
        "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(200)),
        "".join(rng.choice("中文字符测试词语") for _ in range(120)), "".join(rng.choice("กขคงจฉชซ่้๊๋ะาิีึืุู") for _ in range(150)),
        "".join(rng.choice("абвгдежзийклмнопрстуфхцчшщъыьэюя") for _ in range(150)), "la" * 60 + "LA" * 60])
    add("repeats", [c * n for c in REPEAT_CHARS for n in REPEAT_LENGTHS if len(c * n) <= 140 or c in (" ", "\n", "a", "1")])

    rand = ["".join(chr(random_codepoint(rng)) for _ in range(rng.randint(1, 8))) for _ in range(90)]
    rand += ["".join(chr(block_codepoint(rng)) + rng.choice(["", "", "", " ", "a", "1", "\n"]) for _ in range(rng.randint(1, 16)))
             for _ in range(260)]
    add("random-code-points", rand)
    add("fuzz", ["".join(rng.choice(FUZZ_PALETTE) for _ in range(rng.randint(1, 24))) for _ in range(300)])

    for name, strings in extra:
        add(name, strings)

    # Mixtures of everything above.
    pool = [s for _, items in groups for s in items if s]
    mixed = []
    for _ in range(220):
        parts = [rng.choice(pool) for _ in range(rng.randint(2, 5))]
        sep = rng.choice(["", " ", "\n", "\t", ", ", " — ", "\r\n"])
        mixed.append(sep.join(parts)[:240])
    add("mixed", mixed)

    seen, corpus, counts = set(), [], {}
    for name, items in groups:
        for s in items:
            if s and s not in seen:
                seen.add(s)
                corpus.append(s)
                counts[name] = counts.get(name, 0) + 1
    return corpus, counts


# ---------------------------------------------------------------------------------------------------------
# Unicode comparisons (HF tokenizers' Oniguruma and NFC against tiktoken, Python and Unicode 17)
# ---------------------------------------------------------------------------------------------------------

ALL_POINTS = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
ALL_TEXT = "".join(map(chr, ALL_POINTS))
CLASSES = ["L", "N", "Lu", "Ll", "Lt", "Lm", "Lo", "M"]
CONTRACTION_PATTERN = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)"


def ranges(points):
    out = []
    for c in sorted(points):
        if out and c == out[-1][1] + 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def tiktoken_matched(pattern, text=ALL_TEXT):
    """The text tiktoken's regex matches (pieces between matches are dropped by encode_ordinary)."""
    enc = tiktoken.Encoding(name="probe", pat_str=pattern, mergeable_ranks={bytes([i]): i for i in range(256)},
                            special_tokens={})
    return enc.decode_bytes(enc.encode_ordinary(text)).decode("utf-8")


def hf_matched(pattern, text=ALL_TEXT):
    """The text HF's Split pre-tokenizer (Oniguruma) matches: everything a 'removed' split leaves out."""
    split = pre_tokenizers.Split(Regex(pattern), behavior="removed")
    keep = bytearray(len(text))
    for _, (a, b) in split.pre_tokenize_str(text):
        keep[a:b] = b"\x01" * (b - a)
    return "".join(ch for ch, k in zip(text, keep) if not k)


def unicode17_classes():
    try:
        import unicodedata2 as ud
    except ImportError:
        sys.exit("pip install unicodedata2==17.0.0 (Unicode 17, as Swift 6.3): the corpus samples where it disagrees")
    if ud.unidata_version != "17.0.0":
        log(f"WARNING: unicodedata2 is Unicode {ud.unidata_version}, not 17.0.0: the corpus will differ from the committed one")
    cat = {c: ud.category(chr(c)) for c in ALL_POINTS}
    cls = {"L": {c for c, k in cat.items() if k[0] == "L"}, "N": {c for c, k in cat.items() if k[0] == "N"},
           "M": {c for c, k in cat.items() if k[0] == "M"}}
    for k in ["Lu", "Ll", "Lt", "Lm", "Lo"]:
        cls[k] = {c for c, v in cat.items() if v == k}
    return ud, cls


def unicode_report():
    log("probing Unicode classes (HF tokenizers vs tiktoken) ...")
    report = {"tokenizers": tokenizers.__version__, "tiktoken": tiktoken.__version__,
              "python_unicodedata": unicodedata.unidata_version}
    hf_cls, tk_cls, classes = {}, {}, {}
    for name, pattern in [(n, r"\p{%s}" % n) for n in CLASSES] + [("s", r"\s")]:
        tk = {ord(c) for c in tiktoken_matched(pattern)}
        hf = {ord(c) for c in hf_matched(pattern)}
        hf_cls[name], tk_cls[name] = hf, tk
        classes[name] = {"pattern": pattern, "hf_count": len(hf), "tiktoken_count": len(tk),
                         "hf_only": ranges(hf - tk), "tiktoken_only": ranges(tk - hf)}
        log(f"  {pattern}: hf {len(hf)}, tiktoken {len(tk)}, differ {len(hf ^ tk)}")
    report["classes"] = classes

    # Case-insensitive contractions: every code point with a case mapping, in every position of every suffix.
    cased = [c for c in ALL_POINTS if chr(c).lower() != chr(c) or chr(c).upper() != chr(c) or chr(c).casefold() != chr(c)]
    enc = tiktoken.Encoding(name="probe", pat_str=CONTRACTION_PATTERN,
                            mergeable_ranks={bytes([i]): i for i in range(256)}, special_tokens={})
    split = pre_tokenizers.Split(Regex(CONTRACTION_PATTERN), behavior="removed")
    tried, differ, non_ascii = 0, [], set()
    for suffix in ["s", "t", "re", "ve", "m", "ll", "d"]:
        for i in range(len(suffix)):
            for c in cased:
                s = "'" + suffix[:i] + chr(c) + suffix[i + 1:]
                tried += 1
                tk = enc.decode(enc.encode_ordinary(s))
                keep = bytearray(len(s))
                for _, (a, b) in split.pre_tokenize_str(s):
                    keep[a:b] = b"\x01" * (b - a)
                hf = "".join(ch for ch, k in zip(s, keep) if not k)
                if tk != hf:
                    differ.append(s)
                if tk == s and c >= 0x80:
                    non_ascii.add(c)
    report["contractions"] = {"pattern": CONTRACTION_PATTERN, "strings_tried": tried, "differ": differ,
                              "non_ascii_code_points_matching_in_tiktoken": sorted(non_ascii)}
    log(f"  contractions: {tried} strings, {len(differ)} differ; non-ASCII matches {sorted(map(hex, non_ascii))}")

    # NFC: HF's normalizer (Qwen's) against Python's unicodedata and against Unicode 17 (unicodedata2).
    log("comparing NFC ...")
    hf_nfc, hf_nfd = normalizers.NFC(), normalizers.NFD()
    ud17, cls17 = unicode17_classes()
    refs = [("python", unicodedata), ("unicodedata2", ud17)]
    nfc = {}
    nfc_points = {}
    for label, ud in refs:
        single = []
        for c in ALL_POINTS:
            s = chr(c)
            for x in (s, ud.normalize("NFD", s), hf_nfd.normalize_str(s)):
                if hf_nfc.normalize_str(x) != ud.normalize("NFC", x):
                    single.append(c)
                    break
        marks = [c for c in ALL_POINTS if ud.combining(chr(c))]
        ordering = []
        for m in marks:
            for s in ("a" + chr(m) + "\u0316", "a\u0301" + chr(m), "a\u0316" + chr(m), "a" + chr(m) + "\u0301",
                      "a\u05b0" + chr(m), "a" + chr(m) + "\u05b0"):
                if hf_nfc.normalize_str(s) != ud.normalize("NFC", s):
                    ordering.append(m)
                    break
        examples = []
        for c in single:
            s = ud.normalize("NFD", chr(c))
            examples.append({"code_point": c, "input": [ord(x) for x in s],
                             "hf": [ord(x) for x in hf_nfc.normalize_str(s)], "reference": [ord(x) for x in ud.normalize("NFC", s)]})
        nfc[label] = {"unicode": ud.unidata_version, "decomposition_or_composition_differs": single,
                      "examples": examples, "marks_with_nonzero_ccc": len(marks),
                      "canonical_ordering_differs_for_marks": ranges(ordering), "canonical_ordering_count": len(ordering)}
        nfc_points[label] = (single, ordering)
        log(f"  HF NFC vs {label} (Unicode {ud.unidata_version}): {len(single)} code points compose/decompose differently, "
            f"{len(ordering)} marks are reordered differently")
    report["nfc"] = nfc
    report["nfc_note"] = ("HF tokenizers' NFC (unicode-normalization-alignments) does not know canonical combining "
                          "classes or decompositions added after its tables; see the lists. Swift's NFC uses Unicode 17.")

    # Strings for the corpus: code points whose class in Unicode 17 (Swift 6.3) differs from tiktoken's
    # (Unicode 16), in a few contexts; and every NFC difference between HF and Unicode 17, in contexts that make it show.
    rng = random.Random(SEED + 1)
    drift17 = set()
    for name in CLASSES:
        drift17 |= cls17[name] ^ tk_cls[name]
    report["unicode17_vs_tiktoken_class_drift_count"] = len(drift17)
    picked = sorted(drift17) if len(drift17) <= 200 else sorted(rng.sample(sorted(drift17), 200))
    contexts = ["{c}", "a{c}", "{c}a", " {c}{c}", "A{c}b", "{c}1", "'{c}", "{c}'s", "\u0301{c}"]
    class_strings = [rng.choice(contexts).format(c=chr(c)) for c in picked]
    single, ordering = nfc_points["unicodedata2"]
    composition = []
    for c in single:
        composition += [ud17.normalize("NFD", chr(c)), chr(c) + " " + ud17.normalize("NFD", chr(c)) + "x"]
    reorder = [rng.choice(["a{m}\u0316", "a\u0301{m}", "a\u0316{m}", "a{m}\u0301", "e{m}\u0301 {m}"]).format(m=chr(m))
               for m in ordering]
    extra = [("unicode17-class-drift", class_strings), ("nfc-drift-composition", composition), ("nfc-drift-ordering", reorder)]
    return report, extra


# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------

class HF:
    def __init__(self, family, folder, rel):
        self.family, self.source = family, rel
        self.tok = Tokenizer.from_file(os.path.join(folder, rel))
        self.reference = f"tokenizers {tokenizers.__version__}"

    def ordinary(self, text):
        self.tok.encode_special_tokens = True
        return self.tok.encode(text, add_special_tokens=False).ids

    def special(self, text):
        self.tok.encode_special_tokens = False
        return self.tok.encode(text, add_special_tokens=False).ids

    def decode(self, ids):
        return self.tok.decode(ids, skip_special_tokens=False)


class Tiktoken:
    def __init__(self, family, enc, source, reference):
        self.family, self.enc, self.source, self.reference = family, enc, source, reference

    def ordinary(self, text):
        return self.enc.encode_ordinary(text)

    def special(self, text):
        return self.enc.encode(text, allowed_special="all")

    def decode(self, ids):
        return self.enc.decode(ids)


class Mistral:
    def __init__(self, family, folder, rel):
        from mistral_common.tokens.tokenizers.mistral import MistralTokenizer
        self.family, self.source = family, rel
        self.raw = MistralTokenizer.from_file(os.path.join(folder, rel)).instruct_tokenizer.tokenizer
        self.reference = f"mistral-common {version('mistral_common')} ({type(self.raw).__name__} {self.raw.version.value})"
        if type(self.raw).__name__ == "SentencePieceTokenizer":
            self.reference += f", sentencepiece {version('sentencepiece')}"

    def ordinary(self, text):
        return self.raw.encode(text, bos=False, eos=False)

    special = None

    def decode(self, ids):
        return self.raw.decode(ids)


def load_ranks(path):
    ranks = {}
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                token, rank = line.split()
                ranks[base64.b64decode(token)] = int(rank)
    return ranks


def llama4_encoding(folder):
    spec = json.load(open(os.path.join(folder, "llama4", "tokenizer_spec.json")))
    ranks = load_ranks(os.path.join(folder, "llama4", spec["ranks_file"]))
    assert len(ranks) == spec["num_base_tokens"] == 200000
    specials = spec["special_tokens"]
    assert sorted(specials.values()) == list(range(len(ranks), spec["n_vocab"]))
    return tiktoken.Encoding(name="llama4", pat_str=spec["pat_str"], mergeable_ranks=ranks, special_tokens=specials)


def gpt_oss_encoding(folder):
    enc = tiktoken.get_encoding("o200k_harmony")
    spec = json.load(open(os.path.join(folder, "gpt-oss", "o200k_harmony.json")))
    assert enc._pat_str == spec["pat_str"] and enc._special_tokens == spec["special_tokens"], "o200k_harmony.json differs from tiktoken"
    return enc


QWEN25_SNAPSHOT = "hub/models--Qwen--Qwen2.5-7B-Instruct/snapshots/0000000000000000000000000000000000000000"


def make_families(folder, only):
    fams = {
        "llama3": lambda: HF("llama3", folder, "llama3/tokenizer.json"),
        "qwen2": lambda: HF("qwen2", folder, "qwen2/tokenizer.json"),
        # Qwen2.5's snapshot as tokenizers-unpack --hf-cache lays it out: Qwen3's file minus its
        # four Qwen3-only added tokens, so <think> is plain text there.
        "qwen2.5": lambda: HF("qwen2.5", folder, QWEN25_SNAPSHOT + "/tokenizer.json"),
        "gpt-oss": lambda: Tiktoken("gpt-oss", gpt_oss_encoding(folder), "gpt-oss/o200k_harmony.json (o200k_base.tiktoken ranks)",
                                    f"tiktoken {tiktoken.__version__} o200k_harmony"),
        "llama4": lambda: Tiktoken("llama4", llama4_encoding(folder), "llama4/tokenizer.model + llama4/tokenizer_spec.json",
                                   f"tiktoken {tiktoken.__version__} (Encoding built as llama_models 0.3.0 llama4/tokenizer.py does)"),
        "mistral-tekken": lambda: Mistral("mistral-tekken", folder, "mistral-tekken/tekken_240718.json"),
        "mistral-sp-v1": lambda: Mistral("mistral-sp-v1", folder, "mistral-sp/tokenizer.model.v1"),
        "mistral-sp-v3": lambda: Mistral("mistral-sp-v3", folder, "mistral-sp/mistral_instruct_tokenizer_240323.model.v3"),
    }
    return [(name, make) for name, make in fams.items() if not only or name in only]


# ---------------------------------------------------------------------------------------------------------
# Cross-checks against a second implementation (reported on stderr)
# ---------------------------------------------------------------------------------------------------------

def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


def crosscheck_for(name, fam, folder):
    """Returns (label, f(text) -> (ordinary ids, special ids or None)) or None when the second implementation is missing."""
    if name == "llama3":
        try:
            from llama_models.llama3.tokenizer import Tokenizer as L3
        except ImportError:
            return None
        t = L3.get_instance()
        return (f"llama_models {version('llama_models')} llama3 tiktoken tokenizer.model",
                lambda s: (t.encode(s, bos=False, eos=False), t.encode(s, bos=False, eos=False, allowed_special="all")))
    if name == "qwen2":
        # tiktoken over the same byte-level vocabulary, with HF's order of work: added tokens are cut out of the raw
        # text first (leftmost-longest; the special ones only in special mode), then NFC, the Split regex and BPE.
        tj = json.load(open(os.path.join(folder, "qwen2", "tokenizer.json")))
        dec = {v: k for k, v in bytes_to_unicode().items()}
        ranks = {bytes(dec[ch] for ch in tok): i for tok, i in tj["model"]["vocab"].items()}
        pat = tj["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"]
        enc = tiktoken.Encoding(name="qwen", pat_str=pat, mergeable_ranks=ranks, special_tokens={})
        nfc = normalizers.NFC()
        added = {a["content"]: a["id"] for a in tj["added_tokens"]}
        plain = {a["content"]: a["id"] for a in tj["added_tokens"] if not a["special"]}

        def encode(s, table):
            import re
            cut = re.compile("|".join(re.escape(t) for t in sorted(table, key=len, reverse=True)))
            out, pos = [], 0
            for m in cut.finditer(s):
                out += enc.encode_ordinary(nfc.normalize_str(s[pos:m.start()])) + [table[m.group()]]
                pos = m.end()
            return out + enc.encode_ordinary(nfc.normalize_str(s[pos:]))
        return ("tiktoken over the same vocabulary + pattern, added tokens cut out first, HF's NFC",
                lambda s: (encode(s, plain), encode(s, added)))
    if name == "llama4":
        try:
            from pathlib import Path
            from llama_models.llama4.tokenizer import Tokenizer as L4
        except ImportError:
            return None
        t = L4(Path(os.path.join(folder, "llama4", "tokenizer.model")))
        return (f"llama_models {version('llama_models')} llama4 Tokenizer",
                lambda s: (t.encode(s, bos=False, eos=False), t.encode(s, bos=False, eos=False, allowed_special="all")))
    if name == "gpt-oss":
        if not os.environ.get("TIKTOKEN_ENCODINGS_BASE"):
            return None
        try:
            from openai_harmony import HarmonyEncodingName, load_harmony_encoding
            h = load_harmony_encoding(HarmonyEncodingName.HARMONY_GPT_OSS)
        except Exception as e:  # noqa: BLE001
            log(f"  openai-harmony unavailable: {e}")
            return None
        return (f"openai-harmony {version('openai_harmony')}",
                lambda s: (h.encode(s, disallowed_special=()), h.encode(s, allowed_special="all")))
    if name == "mistral-tekken":
        tj = json.load(open(os.path.join(folder, "mistral-tekken", "tekken_240718.json")))
        cfg = tj["config"]
        n_special = cfg["default_num_special_tokens"]
        inner = cfg["default_vocab_size"] - n_special
        ranks = {base64.b64decode(v["token_bytes"]): v["rank"] for v in tj["vocab"][:inner]}
        enc = tiktoken.Encoding(name="tekken", pat_str=cfg["pattern"], mergeable_ranks=ranks, special_tokens={})
        return (f"plain tiktoken over ranks 0..{inner - 1} + {n_special}",
                lambda s: ([i + n_special for i in enc.encode_ordinary(s)], None))
    if name.startswith("mistral-sp"):
        import sentencepiece as spm
        sp = spm.SentencePieceProcessor(model_file=os.path.join(folder, fam.source))
        return (f"sentencepiece {spm.__version__} directly", lambda s: (sp.encode(s), None))
    return None


# ---------------------------------------------------------------------------------------------------------

def write_json(path, header, cases):
    """One case per line, ASCII only (NFC/NFD pairs and odd code points survive any editor)."""
    head = json.dumps(header, ensure_ascii=True, separators=(",", ":"))[:-1]
    lines = [json.dumps(c, ensure_ascii=True, separators=(",", ":")) for c in cases]
    data = head + ',"cases":[\n' + ",\n".join(lines) + "\n]}\n"
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(data)
    return len(data.encode())


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    only = set()
    for a in flags:
        if a.startswith("--only="):
            only = set(a.split("=", 1)[1].split(","))
    folder = args[0] if args else os.environ.get("OPEN_TOKENIZERS_DIR")
    if not folder or not os.path.isdir(folder):
        sys.exit(__doc__)
    if not os.environ.get("TIKTOKEN_CACHE_DIR") and (not only or "gpt-oss" in only):
        sys.exit("set TIKTOKEN_CACHE_DIR (../shared/tools/tiktoken-cache DIR) so o200k_harmony loads offline")
    os.makedirs(OUT_DIR, exist_ok=True)

    report, extra = unicode_report()
    path = os.path.join(OUT_DIR, "unicode-drift.json")
    with open(path, "w", encoding="ascii", newline="\n") as f:
        json.dump(report, f, ensure_ascii=True, indent=1)
        f.write("\n")
    log(f"wrote {path}")

    corpus, counts = build_corpus(extra)
    log(f"corpus: {len(corpus)} strings: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    corpus_hash = hashlib.sha256("\x00".join(corpus).encode()).hexdigest()

    for name, make in make_families(folder, only):
        fam = make()
        check = None if "--no-crosscheck" in flags else crosscheck_for(name, fam, folder)
        cases, with_special, bad_ordinary, bad_special, has_special = [], 0, [], [], False
        for text in corpus:
            ids = fam.ordinary(text)
            case = {"text": text, "ids": ids}
            if fam.special is not None:
                sids = fam.special(text)
                if sids != ids:
                    case["special_ids"] = sids
                    with_special += 1
            case["decoded"] = fam.decode(ids)
            cases.append(case)
            if check:
                o, sp = check[1](text)
                if o != ids:
                    bad_ordinary.append(text)
                has_special = has_special or sp is not None
                if sp is not None and sp != case.get("special_ids", ids):
                    bad_special.append(text)
        header = {"family": name, "reference": fam.reference, "source": fam.source}
        path = os.path.join(OUT_DIR, f"{name}.json")
        size = write_json(path, header, cases)
        roundtrip = sum(1 for c in cases if c["decoded"] == c["text"])
        log(f"wrote {path}: {len(cases)} cases, {with_special} with special_ids, {roundtrip} decode to the text, {size} bytes")
        if size > MAX_FIXTURE_BYTES:
            log(f"  WARNING: {name}.json is over {MAX_FIXTURE_BYTES} bytes")
        if check:
            for label, bad in [("ids", bad_ordinary)] + ([("special_ids", bad_special)] if has_special else []):
                log(f"  cross-check of {label} with {check[0]}: {len(bad)} of {len(corpus)} differ"
                    + (": " + ", ".join(repr(m[:50]) for m in bad[:6]) if bad else ""))
    log(f"corpus sha256 {corpus_hash}")


if __name__ == "__main__":
    main()

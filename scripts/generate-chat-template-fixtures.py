#!/usr/bin/env python3
"""Writes Tests/TokenizersTests/Fixtures/chat-templates/<family>.json: conversations and the token ids that
`transformers` gives for them with each family's chat template, so the Swift tests prove that tunesmith's own
Jinja interpreter and tokenizers render and count exactly what a trainer sees, without Python.

Families and references (files from the unpacked folder, see ../shared/tokenizers/README.md):
    llama3    AutoTokenizer of the HF-cache repo meta-llama/Llama-3.1-8B-Instruct (Llama 3.1/3.3 template)
    qwen3     AutoTokenizer of Qwen/Qwen3-8B (Qwen3 template, enable_thinking)
    qwen2.5   AutoTokenizer of Qwen/Qwen2.5-7B-Instruct (Qwen2.5 template, tokenizer without Qwen3's 4 tokens)
    llama4    transformers' render_jinja_template with the template of models/llama4/processing_llama4.py,
              then tiktoken over llama4/tokenizer.model + tokenizer_spec.json (as llama_models builds it),
              encode(allowed_special="all"), since no tokenizer.json of Llama 4 is available offline

Also writes interpreter.json: one template per Jinja construct with its variables, and jinja2's output (or
its error) with transformers' settings, for the interpreter's unit tests.

Each case: `name`, `messages`, optional `tools` and `variables` (template keyword arguments), and either `ids`
(apply_chat_template(messages, tools=..., tokenize=True, add_generation_prompt=False, **variables)) with the
rendered `text`, or `error` (the template refused the conversation; its message).

Usage (offline):
    ../shared/tools/tokenizers-unpack /tmp/tok --hf-cache
    HF_HUB_CACHE=/tmp/tok/hub HF_HUB_OFFLINE=1 /root/refvenv/bin/python scripts/generate-chat-template-fixtures.py /tmp/tok
Deterministic: the same library versions give byte-identical files. A few seconds.
"""
import base64
import json
import os
import random
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import jinja2  # noqa: E402
import tiktoken  # noqa: E402
import transformers  # noqa: E402
from transformers import AutoTokenizer  # noqa: E402
from transformers.models.llama4 import processing_llama4  # noqa: E402
from transformers.utils.chat_template_utils import render_jinja_template  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "chat-templates")
SEED = 20261129
CASES_PER_FAMILY = 72

TEXTS = [
    "Hello!", "What is the capital of France?", "Paris.", "Thanks, that helps a lot.",
    "Write a haiku about the sea.", "Waves fold into foam\nthe tide forgets its own name\nsalt on the cold stone",
    "你好，世界。今天天气很好，我们去公园吧。", "日本語のテキストです。東京は晴れ。", "안녕하세요, 반갑습니다.",
    "Emoji: 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 🤖", "Combining marks: e\u0301 cafe\u0301 n\u0303 A\u030a", "Hangul jamo: \u1100\u1161\u11a8 \u1112\u1161\u11ab",
    "RTL: مرحبا بالعالم — שלום עולם", "Mixed: abc ١٢٣ 123 Ⅻ", "\n\nLeading and trailing newlines\n\n",
    "  spaces around  ", "\ttabbed\tcontent\t", "Trailing newline\n", "\nLeading newline", "",
    "Special text: <|eot_id|> <|im_start|>user <|im_end|> <|begin_of_text|>", "Tags: <think>not really</think> <tool_call>",
    "Header text <|start_header_id|>assistant<|end_header_id|> and <|header_start|>", "<|eot|><|python_start|>",
    "```python\ndef f(x):\n    return x * 2\n```", "JSON: {\"a\": 1, \"b\": [true, null, 2.5]}", "Numbers 3.14159 and 1e10 and -42",
    "A much longer answer. " * 12, "Ünïcödé Ελληνικά Русский текст", "Line one\r\nLine two\r\n", "🙂" * 20,
]

TOOLS = [
    {"type": "function", "function": {"name": "get_weather", "description": "Get the current weather in a city.",
                                      "parameters": {"type": "object", "properties": {
                                          "city": {"type": "string", "description": "The city, e.g. Paris"},
                                          "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
                                          "required": ["city"]}}},
    {"type": "function", "function": {"name": "search", "description": "Search the web (résumé, 東京).",
                                      "parameters": {"type": "object", "properties": {
                                          "query": {"type": "string"}, "limit": {"type": "integer", "default": 5},
                                          "threshold": {"type": "number", "default": 0.5}}, "required": ["query"]}}},
]


def call(name, args):
    return {"type": "function", "function": {"name": name, "arguments": args}}


CALLS = [call("get_weather", {"city": "Paris", "unit": "celsius"}), call("search", {"query": "東京 weather 🌧", "limit": 3}),
         call("search", {"query": "pi", "threshold": 0.25, "exact": True, "tags": None})]
RESULTS = ["{\"temperature\": 21, \"sky\": \"clear\"}", "Sunny, 21°C", "no results", "[1, 2, 3]"]


def m(role, content, **extra):
    message = {"role": role, "content": content}
    message.update(extra)
    return message


def fixed_cases(family):
    """Hand-written conversations every family gets."""
    cases = [
        ("single user", [m("user", "Hello!")]),
        ("user assistant", [m("user", "What is the capital of France?"), m("assistant", "Paris.")]),
        ("system user assistant", [m("system", "You are terse."), m("user", "Hi"), m("assistant", "Hello.")]),
        ("empty system", [m("system", ""), m("user", "Hi"), m("assistant", "Hello.")]),
        ("empty assistant", [m("user", "Say nothing."), m("assistant", "")]),
        ("weight 0 turn", [m("system", "Be kind."), m("user", "One"), m("assistant", "First", weight=0),
                           m("user", "Two"), m("assistant", "Second", weight=1)]),
        ("all weight 0", [m("user", "One"), m("assistant", "First", weight=0)]),
        ("three rounds", [m("user", "a"), m("assistant", "b"), m("user", "c"), m("assistant", "d"), m("user", "e"), m("assistant", "f")]),
        ("ends with user", [m("user", "a"), m("assistant", "b"), m("user", "c")]),
        ("special tokens in content", [m("user", TEXTS[20]), m("assistant", TEXTS[22])]),
        ("whitespace edges", [m("system", "\n  system with spaces \n"), m("user", TEXTS[14]), m("assistant", "\n\nanswer\n\n")]),
        ("unicode", [m("user", TEXTS[6]), m("assistant", TEXTS[9]), m("user", TEXTS[10]), m("assistant", TEXTS[12])]),
        ("nfc changes", [m("user", TEXTS[11]), m("assistant", TEXTS[10])]),
        ("system twice", [m("system", "First system"), m("user", "Hi"), m("system", "Second system"), m("assistant", "Ok")]),
    ]
    if family in ("llama3", "llama4"):
        cases += [
            ("tools in user message", [m("user", "Weather in Paris?"), m("assistant", "", tool_calls=[CALLS[0]]),
                                       m("tool", RESULTS[0]), m("assistant", "It is 21 degrees and clear.")], TOOLS),
            ("tools with system", [m("system", "Use tools."), m("user", "Search pi"), m("assistant", "", tool_calls=[CALLS[2]]),
                                   m("tool", RESULTS[2]), m("assistant", "Nothing found.")], TOOLS),
            ("tool call without tools", [m("user", "Weather?"), m("assistant", "", tool_calls=[CALLS[1]]), m("tool", RESULTS[1])]),
            ("ipython role", [m("user", "Run it"), m("assistant", "", tool_calls=[CALLS[0]]), m("ipython", RESULTS[3])]),
            ("tools without user", [m("system", "Only system")], TOOLS),
            ("tools_in_user_message false", [m("system", "Sys"), m("user", "Weather?"), m("assistant", "", tool_calls=[CALLS[0]]),
                                             m("tool", RESULTS[0])], TOOLS, {"tools_in_user_message": False}),
            ("date string", [m("user", "What day is it?"), m("assistant", "Today.")], None, {"date_string": "29 Nov 2026"}),
        ]
        if family == "llama3":
            cases += [("two tool calls refused", [m("user", "Both"), m("assistant", "", tool_calls=[CALLS[0], CALLS[1]])], TOOLS),
                      ("builtin tools", [m("user", "Search"), m("assistant", "", tool_calls=[call("brave_search", {"query": "x"})]),
                                         m("ipython", "ok")], None, {"builtin_tools": ["brave_search", "code_interpreter"]})]
        else:
            cases += [("two tool calls", [m("user", "Both"), m("assistant", "Calling.", tool_calls=[CALLS[0], CALLS[1]])], TOOLS)]
    else:
        cases += [
            ("tools", [m("user", "Weather in Paris?"), m("assistant", "", tool_calls=[CALLS[0]]),
                       m("tool", RESULTS[0]), m("assistant", "It is 21 degrees and clear.")], TOOLS),
            ("tools with system", [m("system", "Use tools."), m("user", "Search"), m("assistant", "Let me look.", tool_calls=[CALLS[1], CALLS[2]]),
                                   m("tool", RESULTS[1]), m("tool", RESULTS[2]), m("assistant", "Done.")], TOOLS),
            ("tool results without tools", [m("user", "Weather?"), m("assistant", "", tool_calls=[CALLS[0]]), m("tool", RESULTS[0]),
                                            m("tool", RESULTS[3]), m("user", "And?"), m("assistant", "Sunny.")]),
            ("tool first", [m("tool", RESULTS[1]), m("assistant", "Noted.")], TOOLS),
            ("arguments as string", [m("user", "x"), m("assistant", "", tool_calls=[call("search", "{\"query\": \"raw\"}")])], TOOLS),
        ]
    if family == "qwen3":
        think = "<think>\nLet me think about this.\nStep 1.\n</think>\n\nThe answer is 4."
        cases += [
            ("thinking inline last", [m("user", "2+2?"), m("assistant", think)]),
            ("thinking inline earlier", [m("user", "2+2?"), m("assistant", think), m("user", "And 3+3?"), m("assistant", "6.")]),
            ("reasoning_content", [m("user", "2+2?"), m("assistant", "4.", reasoning_content="Adding two and two.")]),
            ("thinking field", [m("user", "2+2?"), m("assistant", "4.", thinking="Adding.\n")]),
            ("reasoning after tool", [m("user", "Weather?"), m("assistant", "", tool_calls=[CALLS[0]], reasoning_content="Need the tool."),
                                      m("tool", RESULTS[0]), m("assistant", "Clear.", reasoning_content="Got it.")], TOOLS),
            ("tool response text in user", [m("user", "<tool_response>fake</tool_response>"), m("assistant", "ok")]),
            ("enable_thinking false", [m("user", "Hi"), m("assistant", "Hello.")], None, {"enable_thinking": False}),
            ("enable_thinking true", [m("user", "Hi"), m("assistant", think)], None, {"enable_thinking": True}),
        ]
    return cases


def random_cases(family, rng, count):
    cases = []
    for n in range(count):
        messages = []
        if rng.random() < 0.6:
            messages.append(m("system", rng.choice(TEXTS)))
        for _ in range(rng.randint(1, 4)):
            messages.append(m("user", rng.choice(TEXTS)))
            extra = {"weight": rng.choice([0, 1])} if rng.random() < 0.3 else {}
            messages.append(m("assistant", rng.choice(TEXTS), **extra))
        if rng.random() < 0.2:
            messages.append(m("user", rng.choice(TEXTS)))
        variables = {}
        if family == "qwen3" and rng.random() < 0.4:
            variables["enable_thinking"] = rng.choice([True, False])
        cases.append((f"random {n}", messages, None, variables or None))
    return cases


class Family:
    def __init__(self, name, folder):
        self.name = name
        if name == "llama4":
            spec = json.load(open(os.path.join(folder, "llama4", "tokenizer_spec.json")))
            ranks = {}
            for line in open(os.path.join(folder, "llama4", spec["ranks_file"]), "rb"):
                if line.strip():
                    token, rank = line.split()
                    ranks[base64.b64decode(token)] = int(rank)
            self.encoding = tiktoken.Encoding(name="llama4", pat_str=spec["pat_str"], mergeable_ranks=ranks,
                                              special_tokens=spec["special_tokens"])
            self.template = processing_llama4.chat_template
            self.reference = (f"transformers {transformers.__version__} render_jinja_template with models/llama4/processing_llama4.py's "
                              f"chat_template; tiktoken {tiktoken.__version__} encode(allowed_special='all') over llama4/tokenizer.model")
        else:
            repo = {"llama3": "meta-llama/Llama-3.1-8B-Instruct", "qwen3": "Qwen/Qwen3-8B", "qwen2.5": "Qwen/Qwen2.5-7B-Instruct"}[name]
            base = os.path.join(folder, "hub", "models--" + repo.replace("/", "--"))
            revision = open(os.path.join(base, "refs", "main")).read().strip()
            self.tokenizer = AutoTokenizer.from_pretrained(os.path.join(base, "snapshots", revision))
            self.reference = f"transformers {transformers.__version__} apply_chat_template of {repo} (HF-cache layout of ../shared/tokenizers)"

    def render(self, messages, tools, variables):
        if self.name == "llama4":
            rendered, _ = render_jinja_template(conversations=[messages], tools=tools, chat_template=self.template,
                                                add_generation_prompt=False, bos_token="<|begin_of_text|>", eos_token="<|eot|>",
                                                **(variables or {}))
            text = rendered[0]
            return text, self.encoding.encode(text, allowed_special="all")
        text = self.tokenizer.apply_chat_template(messages, tools=tools, tokenize=False, add_generation_prompt=False, **(variables or {}))
        ids = self.tokenizer.apply_chat_template(messages, tools=tools, tokenize=True, add_generation_prompt=False,
                                                 return_dict=False, **(variables or {}))
        if isinstance(ids, dict) or hasattr(ids, "keys"):
            ids = ids["input_ids"]
        return text, list(ids)


# ---------------------------------------------------------------------------------------------------------
# Interpreter cases: one construct each, rendered by jinja2 exactly as transformers configures it
# ---------------------------------------------------------------------------------------------------------

MSGS = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi there"},
        {"role": "assistant", "content": "Hello!", "weight": 0}, {"role": "user", "content": "Bye"}]
INTERPRETER_CASES = [
    ("loop attributes", "{% for m in messages %}{{ loop.index }}/{{ loop.index0 }}/{{ loop.revindex }}/{{ loop.revindex0 }}/{{ loop.first }}/{{ loop.last }}/{{ loop.length }};{% endfor %}", {"messages": MSGS}),
    ("loop previtem nextitem", "{% for x in [1, 2, 3] %}{{ loop.previtem }}<{{ x }}>{{ loop.nextitem }}|{% endfor %}", {}),
    ("loop cycle", "{% for x in range(5) %}{{ loop.cycle('a', 'b') }}{% endfor %}", {}),
    ("for else", "{% for x in [] %}{{ x }}{% else %}empty{% endfor %}", {}),
    ("for if filter", "{% for m in messages if m.role == 'user' %}{{ loop.index }}{{ m.content }}{% endfor %}", {"messages": MSGS}),
    ("break continue", "{% for x in range(10) %}{% if x == 2 %}{% continue %}{% endif %}{% if x == 5 %}{% break %}{% endif %}{{ x }}{% endfor %}", {}),
    ("nested loops", "{% for a in [1, 2] %}{% for b in 'xy' %}{{ a }}{{ b }}{{ loop.index }} {% endfor %}{% endfor %}", {}),
    ("loop over dict", "{% for k in d %}{{ k }}={{ d[k] }},{% endfor %}", {"d": {"b": 1, "a": 2}}),
    ("items unpacking", "{% for k, v in d.items() %}{{ k }}:{{ v }};{% endfor %}{% for k, v in d|items %}{{ k }}{{ v }}{% endfor %}", {"d": {"b": 1, "a": [1, 2]}}),
    ("if elif else", "{% for x in [1, 2, 3] %}{% if x == 1 %}one{% elif x == 2 %}two{% else %}many{% endif %} {% endfor %}", {}),
    ("set scoping", "{% set x = 1 %}{% for i in [1, 2] %}{% set x = x + i %}{{ x }}{% endfor %}{{ x }}", {}),
    ("block set", "{% set body %}Hello {{ name }}!{% endset %}[{{ body }}]{{ body|length }}", {"name": "Ada"}),
    ("block set filtered", "{% set body | upper %}hi {{ name }}{% endset %}{{ body }}", {"name": "x"}),
    ("tuple set", "{% set a, b = 1, 2 %}{{ a }}{{ b }}", {}),
    ("namespace", "{% set ns = namespace(found=false, n=0) %}{% for m in messages %}{% if m.role == 'user' %}{% set ns.found = true %}{% set ns.n = ns.n + 1 %}{% endif %}{% endfor %}{{ ns.found }} {{ ns.n }}", {"messages": MSGS}),
    ("macro", "{% macro greet(name, punct='!') %}Hi {{ name }}{{ punct }}{% endmacro %}{{ greet('A') }} {{ greet('B', '?') }} {{ greet(name='C', punct='.') }}", {}),
    ("macro recursion", "{% macro fact(n) %}{% if n <= 1 %}1{% else %}{{ n }}*{{ fact(n - 1) }}{% endif %}{% endmacro %}{{ fact(5) }}", {}),
    ("call block", "{% macro box() %}[{{ caller() }}]{% endmacro %}{% call box() %}inside{% endcall %}", {}),
    ("macro reads globals", "{% set sep = '|' %}{% macro j(a, b) %}{{ a }}{{ sep }}{{ b }}{% endmacro %}{{ j(1, 2) }}", {}),
    ("whitespace control", "a  {%- if true -%}  b  {%- endif -%}  c\n  {{- ' d ' -}}  e", {}),
    ("trim and lstrip blocks", "line1\n    {% if true %}\n    kept\n    {% endif %}\nline2\n  {# comment #}\nafter", {}),
    ("plus disables lstrip", "x\n    {%+ if true %}y{% endif %}\nz", {}),
    ("plus keeps newline", "{% if true +%}\nkept{% endif %}", {}),
    ("variable tags keep newline", "{{ 'a' }}\nb {{ 'c' }}\n", {}),
    ("comment strip", "a {#- note -#} b\n{# x #}\nc", {}),
    ("trailing newline dropped", "text\n", {}),
    ("tojson basics", "{{ v|tojson }}", {"v": {"s": "é \"q\" \\ \n\t\u0001 \u2028 😀", "i": 1, "f": 1.0, "g": 0.1, "e": 1e20, "m": 1e-7, "b": True, "n": None, "l": [1, [2, {}], []]}}),
    ("tojson indent", "{{ v|tojson(indent=2) }}", {"v": {"a": [1, {"b": None}], "c": {}, "d": "x"}}),
    ("tojson ensure_ascii sort_keys", "{{ v|tojson(ensure_ascii=True, sort_keys=True) }}", {"v": {"z": "é😀", "a": 1}}),
    ("tojson separators", "{{ v|tojson(separators=[',', ':']) }}", {"v": {"a": [1, 2]}}),
    ("tojson string", "{{ 'plain'|tojson }} {{ 3|tojson }} {{ none|tojson }} {{ true|tojson }} {{ 2.50|tojson }}", {}),
    ("trim", "[{{ '  a b \n'|trim }}][{{ 'xxaxx'|trim('x') }}][{{ '\u3000a\u00a0'|trim }}]", {}),
    ("length", "{{ 'héllo'|length }} {{ [1, 2]|length }} {{ {'a': 1}|length }} {{ 'e\u0301'|count }} {{ undefined_name|length }}", {}),
    ("default", "{{ missing|default('d') }} {{ ''|default('e') }} {{ ''|default('f', true) }} {{ none|d('g') }} {{ missing|d }}.", {}),
    ("case filters", "{{ 'hello wORLD'|title }} {{ 'hello World'|capitalize }} {{ 'ÄbC'|lower }} {{ 'straße'|upper }} {{ 'a-b c(d'|title }}", {}),
    ("replace filter", "{{ 'aaa'|replace('a', 'b') }} {{ 'aaa'|replace('a', 'b', 2) }}", {}),
    ("join", "{{ [1, 'a', none]|join(', ') }} {{ messages|join('/', attribute='role') }} {{ 'abc'|join('-') }}", {"messages": MSGS}),
    ("first last list", "{{ [3, 4]|first }}{{ [3, 4]|last }}{{ 'xyz'|first }}{{ 'ab'|list }}{{ []|first }}.", {}),
    ("string int float abs", "{{ 12|string ~ 'x' }} {{ '42'|int + 1 }} {{ '3.7'|int }} {{ 'x'|int }} {{ 'x'|int(5) }} {{ 2|float }} {{ '1.5'|float }} {{ -3|abs }} {{ -2.5|abs }}", {}),
    ("round", "{{ 2.5|round }} {{ 3.14159|round(2) }} {{ 2.1|round(0, 'ceil') }} {{ 7|round }}", {}),
    ("map select reject", "{{ messages|map(attribute='role')|list }} {{ ['a', 'B']|map('upper')|list }} {{ [1, 2, 3, 4]|select('odd')|list }} {{ [1, 2, 3, 4]|reject('even')|list }} {{ [0, 1, '', 'x']|select|list }}", {"messages": MSGS}),
    ("selectattr rejectattr", "{{ messages|selectattr('role', 'equalto', 'user')|map(attribute='content')|join(',') }} {{ messages|rejectattr('role', 'equalto', 'user')|list|length }} {{ messages|selectattr('weight', 'defined')|list|length }}", {"messages": MSGS}),
    ("dictsort unique batch", "{{ {'b': 1, 'A': 2, 'c': 0}|dictsort }} {{ ['a', 'A', 'b', 'a']|unique|list }} {{ [1, 2, 3]|batch(2)|list }}", {}),
    ("sum min max sort reverse", "{{ [1, 2, 3]|sum }} {{ [3, 1, 2]|min }} {{ [3, 1, 2]|max }} {{ ['b', 'A', 'c']|sort }} {{ [1, 2]|reverse|list }} {{ 'abc'|reverse }}", {}),
    ("indent wordcount", "{{ 'a\nb\n\nc'|indent(2) }}|{{ 'a\nb'|indent(2, true) }}|{{ 'one two  three'|wordcount }}", {}),
    ("string methods", "{{ 'Hello'.startswith('He') }} {{ 'Hello'.startswith(('x', 'H')) }} {{ 'Hello'.endswith('lo') }} [{{ '  x  '.strip() }}] [{{ '\n\nx\n'.lstrip('\n') }}] [{{ 'x\n\n'.rstrip() }}] {{ 'abcba'.strip('ab') }}", {}),
    ("split methods", "{{ 'a b  c'.split() }} {{ 'a,b,,c'.split(',') }} {{ 'a b c'.split(None, 1) }} {{ 'a,b,c'.rsplit(',', 1) }} {{ ' a b c '.rsplit(None, 1) }} {{ 'x</think>y</think>z'.split('</think>')[-1] }}", {}),
    ("more string methods", "{{ 'aXbX'.replace('X', '-') }} {{ 'ab'.upper() }}{{ 'AB'.lower() }} {{ 'hello world'.title() }} {{ 'hELLO'.capitalize() }} {{ 'héllo'.find('l') }} {{ 'abc'.find('z') }} {{ 'hello'.rfind('l') }} {{ 'banana'.count('an') }}", {}),
    ("format and join methods", "{{ '{} and {}'.format('a', 1) }} {{ '{0}{0}{name}'.format('x', name='y') }} {{ '-'.join(['a', 'b']) }} {{ 'a\nb\r\nc\n'.splitlines() }} {{ '123'.isdigit() }} {{ 'a1'.isdigit() }}", {}),
    ("dict methods", "{{ d.get('a') }} {{ d.get('z') }} {{ d.get('z', 'dflt') }} {{ d.keys()|list }} {{ d.values()|list }} {{ d.items()|list }}", {"d": {"a": 1, "b": "two"}}),
    ("list append", "{% set xs = [] %}{% for m in messages %}{{ xs.append(m.role) }}{% endfor %}{{ xs }}", {"messages": MSGS}),
    ("slicing", "{{ xs[1:] }} {{ xs[:-1] }} {{ xs[::-1] }} {{ xs[::2] }} {{ xs[-2:] }} {{ xs[5:] }} {{ 'héllo😀'[1:4] }} {{ 'abc'[::-1] }} {{ xs[-1] }} {{ 'abc'[0] }}", {"xs": [1, 2, 3, 4]}),
    ("membership", "{{ 'b' in 'abc' }} {{ 'z' not in 'abc' }} {{ 2 in [1, 2] }} {{ 'a' in {'a': 1} }} {{ 'tool_calls' in messages[0] }} {{ 1.0 in [1] }}", {"messages": MSGS}),
    ("tests", "{{ x is defined }} {{ y is undefined }} {{ none is none }} {{ 'a' is string }} {{ {} is mapping }} {{ 'a' is iterable }} {{ [] is sequence }} {{ 1 is number }} {{ 1 is integer }} {{ 1.0 is float }} {{ true is boolean }} {{ true is true }} {{ false is false }} {{ 1 is true }}", {"x": 1}),
    ("more tests", "{{ 3 is odd }} {{ 4 is even }} {{ 9 is divisibleby 3 }} {{ 9 is divisibleby(4) }} {{ 'a' is equalto 'a' }} {{ 2 is eq 2 }} {{ x is not none }} {{ 'abc' is lower }} {{ [] is iterable }} {{ 1 is iterable }} {{ none is mapping }}", {"x": 0}),
    ("operators", "{{ 7 / 2 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ -7 % 3 }} {{ 7 % -3 }} {{ 2 ** 10 }} {{ 'ab' * 3 }} {{ 1 + 2.5 }} {{ 1 - 1.0 }} {{ 3 * 1.5 }} {{ [1] + [2] }} {{ 6 / 3 }} {{ 7.5 // 2 }} {{ -7.5 % 2 }}", {}),
    ("concat", "{{ 'a' ~ 1 ~ none ~ true ~ 1.5 ~ [1] ~ missing }}", {}),
    ("printing values", "{{ true }} {{ none }} {{ [1, 'a', none, true, 1.5] }} {{ {'k': 'v', 'n': none} }} {{ 1.0 }} {{ 1e16 }} {{ 1e15 }} {{ 1e-5 }} {{ 0.0001 }} {{ 0.1 + 0.2 }} {{ 2.5 }} {{ -0.0 }} {{ 123456789.125 }} {{ 1e100 }}", {}),
    ("repr of strings", "{{ ['it\\'s', 'say \"hi\"', 'both \\' \"', 'tab\tnl\n', 'back\\\\'] }}", {}),
    ("ternary", "{{ 'y' if x else 'n' }} {{ 'y' if not x else 'n' }} [{{ 'only' if x }}] [{{ 'only' if not x }}]", {"x": True}),
    ("truthiness", "{% for v in [[], {}, 0, 0.0, '', none, [0], ' ', 1] %}{{ 'T' if v else 'F' }}{% endfor %}", {}),
    ("equality", "{{ 1 == 1.0 }} {{ true == 1 }} {{ 'a' == 'a' }} {{ [1, 2] == [1, 2] }} {{ {'a': 1, 'b': 2} == {'b': 2, 'a': 1} }} {{ none == false }} {{ 'e\u0301' == '\u00e9' }} {{ 1 != 2 }} {{ 'a' < 'b' }} {{ [1, 2] < [1, 3] }}", {}),
    ("undefined", "[{{ missing }}] {{ missing is defined }} {{ messages[0].nothing is defined }} [{{ messages[0].nothing }}] {{ messages[9] is defined }}", {"messages": MSGS}),
    ("undefined attribute errors", "{{ missing.attr }}", {}),
    ("undefined item errors", "{{ missing['attr'] }}", {}),
    ("raise_exception", "{% if messages[0].role != 'user' %}{{ raise_exception('Conversations must start with a user message!') }}{% endif %}", {"messages": MSGS}),
    ("string escapes", "{{ '\\u00e9\\x41\\n\\t|' }}{{ \"a'b\" }}{{ 'a\\'b' }}", {}),
    ("strftime_now defined", "{{ strftime_now is defined }} {{ strftime_now('%Y')|length }}", {}),
    ("generation block", "{% for m in messages %}{% if m.role == 'assistant' %}{% generation %}{{ m.content }}{% endgeneration %}{% else %}{{ m.content }}{% endif %}{% endfor %}", {"messages": MSGS}),
    ("filter block", "{% filter upper %}shout {{ 'it' }}{% endfilter %}", {}),
    ("attribute vs item", "{{ d.items is defined }} {{ d['items'] }} {{ d.keys()|length }}", {"d": {"items": "field", "keys": 2}}),
    ("range", "{{ range(3)|list }} {{ range(1, 7, 2)|list }} {{ range(5, 0, -2)|list }}", {}),
    ("dict literal and dict()", "{{ {'a': 1, 'b': [2]} }} {{ dict(x=1, y='z') }}", {}),
    ("integer literal forms", "{{ 1_000 }} {{ 1.5e3 }} {{ 10 }}", {}),
    ("not precedence", "{{ not x is defined }} {{ not 1 == 2 }} {{ -2 ** 2 }} {{ 2 + 3 * 4 }} {{ (2 + 3) * 4 }} {{ 'a' ~ (1 + 2) }}", {}),
    ("filter precedence", "{{ '  a  '|trim ~ 'b' }} {{ -3|abs }} {{ 'x' + '  y'|trim }} {{ [1, 2]|length > 1 }}", {}),
    ("content as list", "{% for m in messages %}{% if m.content is string %}{{ m.content }}{% else %}{% for c in m.content %}{% if c.type == 'text' %}{{ c.text }}{% endif %}{% endfor %}{% endif %}|{% endfor %}", {"messages": [{"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "image"}, {"type": "text", "text": "b"}]}, {"role": "user", "content": "c"}]}),
    ("loop over messages slice", "{% for m in messages[1:] %}{{ m.role }}{% endfor %} {% for m in messages[::-1] %}{{ loop.index0 }}{{ m.role[0] }}{% endfor %}", {"messages": MSGS}),
    ("unknown filter errors", "{{ 'x'|no_such_filter }}", {}),
    ("concat binds tighter than plus", "{{ 'a' ~ 1 + 2 }}", {}),
    ("tuples", "{{ (1, 'a') }} {{ (1,) }} {{ () }} {{ [(1, 2)] }} {{ (1, 2)|tojson }}", {}),
    ("string plus int errors", "{{ 'a' + 1 }}", {}),
    ("syntax error", "line one\n{% if true %}\nunclosed", {}),
]


def interpreter_cases():
    from transformers.utils.chat_template_utils import _compile_jinja_template
    cases = []
    for name, template, context in INTERPRETER_CASES:
        case = {"name": name, "template": template, "context": context}
        try:
            case["output"] = _compile_jinja_template(template).render(**context)
        except Exception as error:
            case["error"] = f"{type(error).__name__}: {error}"
        cases.append(case)
    return cases


def write_json(path, header, cases):
    """One case per line, ASCII only (NFC/NFD pairs survive any editor)."""
    head = json.dumps(header, ensure_ascii=True, separators=(",", ":"))[:-1]
    lines = [json.dumps(c, ensure_ascii=True, separators=(",", ":")) for c in cases]
    data = head + ',"cases":[\n' + ",\n".join(lines) + "\n]}\n"
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(data)
    return len(data.encode())


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0] if args else os.environ.get("OPEN_TOKENIZERS_DIR")
    if not folder or not os.path.isdir(folder):
        sys.exit(__doc__)
    os.environ.setdefault("HF_HUB_CACHE", os.path.join(folder, "hub"))
    os.makedirs(OUT_DIR, exist_ok=True)
    cases = interpreter_cases()
    path = os.path.join(OUT_DIR, "interpreter.json")
    header = {"reference": f"jinja2 {jinja2.__version__} as transformers {transformers.__version__} configures it (_compile_jinja_template)"}
    size = write_json(path, header, cases)
    print(f"wrote {path}: {len(cases)} cases ({sum('error' in c for c in cases)} errors), {size} bytes", file=sys.stderr)
    for name in ["llama3", "qwen3", "qwen2.5", "llama4"]:
        family = Family(name, folder)
        rng = random.Random(f"{SEED}-{name}")
        specs = fixed_cases(name)
        specs = specs + random_cases(name, rng, CASES_PER_FAMILY - len(specs))
        cases, errors = [], 0
        for spec in specs:
            label, messages = spec[0], spec[1]
            tools = spec[2] if len(spec) > 2 else None
            variables = spec[3] if len(spec) > 3 else None
            case = {"name": label, "messages": messages}
            if tools is not None:
                case["tools"] = tools
            if variables:
                case["variables"] = variables
            try:
                text, ids = family.render(messages, tools, variables)
                case["text"], case["ids"] = text, ids
            except Exception as error:  # the template refused: jinja2 TemplateError and friends
                case["error"] = str(error)
                errors += 1
            cases.append(case)
        header = {"family": name, "reference": family.reference}
        if name == "llama4":
            header["template"] = family.template
        path = os.path.join(OUT_DIR, f"{name}.json")
        size = write_json(path, header, cases)
        print(f"wrote {path}: {len(cases)} cases ({errors} refused), {size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()

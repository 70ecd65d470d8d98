#!/usr/bin/env python3
"""Writes the validation fixtures and the figures OpenAI's reference check prints for them.

For each fixture in Tests/DatasetTests/Fixtures/validation/ this runs the reference
(../shared/reference/openai_data_check.py, unchanged) with numpy's quantile patched so that what it
labels p5/p95 are the true 5th/95th percentiles, and records what it printed (and whether it
crashed) in expected.json. The Swift tests compare `tunesmith validate` against that file.

Usage: TIKTOKEN_CACHE_DIR=DIR python3 scripts/generate-validation-fixtures.py [REFERENCE.py]
"""
import contextlib
import io
import json
import os
import random
import re
import runpy
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = os.path.join(ROOT, "Tests", "DatasetTests", "Fixtures", "validation")
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference", "openai_data_check.py")
rng = random.Random(7)
MARV = "Marv is a factual chatbot that is also sarcastic."
QUESTIONS = ["What's the capital of France?", "Who wrote 'Romeo and Juliet'?", "How far is the Moon?",
             "What is 2 + 2?", "Why is the sky blue?", "What's the tallest mountain?", "Who discovered penicillin?",
             "What is the speed of sound?", "How many continents are there?", "What is H2O?"]
ANSWERS = ["Paris, as if everyone doesn't know that already.", "Some guy named Shakespeare. Maybe you've heard of him.",
           "About 384,400 km. Pack a lunch.", "4. I'll alert the Nobel committee.", "Rayleigh scattering. You're welcome.",
           "Everest, 8,849 m. It's not going anywhere.", "Alexander Fleming, in 1928, by being messy.",
           "About 343 m/s. Faster than your replies.", "Seven, unless you're counting my patience: zero.",
           "Water. Groundbreaking stuff."]


def chat(n_turns=1, system=True, name=None, q=None, a=None):
    messages = [{"role": "system", "content": MARV}] if system else []
    for _ in range(n_turns):
        user = {"role": "user", "content": q or rng.choice(QUESTIONS)}
        if name:
            user["name"] = name
        messages += [user, {"role": "assistant", "content": a or rng.choice(ANSWERS)}]
    return {"messages": messages}


def line(obj):
    return json.dumps(obj, ensure_ascii=False)


def fixtures():
    f = {}
    f["clean"] = [line(chat(rng.randint(1, 3))) for _ in range(14)]
    f["missing-system-and-user"] = [line(chat(1, system=i % 3 != 0)) for i in range(12)] + [
        line({"messages": [{"role": "system", "content": MARV}, {"role": "assistant", "content": "Unprompted wisdom."}]})]
    f["format-errors"] = [line(chat()) for _ in range(8)] + [
        line({"messages": [{"role": "bot", "content": "hi"}, {"role": "assistant", "content": "hello"}]}),
        line({"messages": [{"role": "user", "content": ""}, {"role": "assistant", "content": "Empty question, empty answer."}]}),
        line({"messages": [{"role": "user", "content": "x", "foo": "bar"}, {"role": "assistant", "content": "y"}]}),
        line({"messages": [{"role": "system", "content": MARV}, {"role": "user", "content": "No reply?"}]}),
        line({"messages": [{"role": "user"}, {"role": "assistant", "content": "I answer nothing."}]}),
        line({"messages": [{"role": "user", "content": "a", "name": "alice"}, {"role": "assistant", "content": "b"},
                           {"role": "user", "content": "c", "note": "d"}, {"role": "Assistant", "content": "e"}]}),
    ]
    long_text = " ".join(rng.choice(["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "12345", "Ω", "😀"]) for _ in range(9000))
    f["long-examples"] = [line(chat()) for _ in range(9)] + [
        line({"messages": [{"role": "user", "content": long_text[: 11000 * k]}, {"role": "assistant", "content": "TL;DR."}]})
        for k in range(1, 5)]
    f["four-examples"] = [line(chat()) for _ in range(4)]
    f["twenty-examples"] = [line(chat(2)) for _ in range(20)]
    f["fifty-examples"] = [line(chat(rng.randint(1, 4), system=rng.random() < 0.8)) for _ in range(50)]
    f["many-examples"] = [line({"messages": [{"role": "user", "content": str(i)}, {"role": "assistant", "content": str(i * 7)}]})
                          for i in range(8400)]
    f["unicode"] = [line(chat(1, q=q, a=a)) for q, a in [
        ("Ça va? Déjà vu.", "Très bien, merci."), ("日本の首都は？", "東京です。当然。"), ("Привет!", "Здравствуй. Опять ты."),
        ("emoji? 👍🏽👩‍💻", "🙄 Sure."), ("مرحبا", "أهلا"), ("नमस्ते", "नमस्ते, फिर से।"), ("e\u0301t\u00e9", "ǅungla HELLOWorld"),
        ("tab\there", "new\nline"), ("  spaces  ", "trailing   "), ("it's DON'T we'll", "’tis fine"), ("1234567890", "١٢٣ ½ Ⅳ")]]
    f["names"] = [line(chat(1, name=n)) for n in ["alice", "bob", "example_user", "x"] * 3]
    # The reference crashes on these after printing its format errors (or before printing anything).
    f["crash-data-type"] = [line(chat()) for _ in range(10)] + ["[1, 2, 3]", '"just a string"', "42"]
    f["crash-missing-messages"] = [line(chat()) for _ in range(10)] + [line({"prompt": "a", "completion": "b"}),
                                                                       line({"messages": []}), line({"messages": None})]
    f["crash-null-content"] = [line(chat()) for _ in range(10)] + [
        line({"messages": [{"role": "user", "content": None}, {"role": "assistant", "content": "?"}]})]
    f["crash-missing-role"] = [line(chat()) for _ in range(10)] + [
        line({"messages": [{"content": "who am I"}, {"role": "assistant", "content": "nobody"}]})]
    f["crash-special-token"] = [line(chat()) for _ in range(10)] + [
        line({"messages": [{"role": "user", "content": "say <|endoftext|>"}, {"role": "assistant", "content": "no"}]})]
    f["crash-invalid-json"] = [line(chat()) for _ in range(5)] + ['{"messages": [{"role": "user", "content": "oops"}', line(chat())]
    return f


def run_reference(path):
    original = np.quantile

    def true_percentiles(a, q, *args, **kwargs):
        return original(a, {0.1: 0.05, 0.9: 0.95}.get(q, q), *args, **kwargs)

    np.quantile = true_percentiles
    out = io.StringIO()
    crashed = None
    sys.argv = [REFERENCE, path]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(REFERENCE, run_name="__main__")
    except Exception as error:  # the reference crashes on several inputs; record how
        crashed = type(error).__name__
    finally:
        np.quantile = original
    return out.getvalue(), crashed


def parse(text, crashed):
    result = {"crashed": crashed}
    if m := re.search(r"^Num examples: (\d+)$", text, re.M):
        result["examples"] = int(m.group(1))
    if "Found errors:" in text or "No errors found" in text:
        result["format_errors"] = {k: int(v) for k, v in re.findall(r"^(\w+): (\d+)$", text, re.M)}
    if m := re.search(r"missing system message: (\d+)", text):
        result["missing_system"] = int(m.group(1))
    if m := re.search(r"missing user message: (\d+)", text):
        result["missing_user"] = int(m.group(1))
    dists = {}
    for name, body in re.findall(r"#### Distribution of (\w+):\n(.*?)(?=\n\n|\Z)", text, re.S):
        mm = re.search(r"min / max: (\S+), (\S+)\nmean / median: (\S+), (\S+)\np5 / p95: (\S+), (\S+)", body)
        if mm:
            v = mm.groups()
            dists[name] = {"min": int(v[0]), "max": int(v[1]), "mean": float(v[2]), "median": float(v[3]),
                           "p5": float(v[4]), "p95": float(v[5])}
    if dists:
        result["distributions"] = dists
    for key, pattern in [("over_limit", r"^(\d+) examples may be over"), ("billing_tokens", r"Dataset has ~(\d+) tokens"),
                         ("epochs", r"train for (\d+) epochs"), ("charged_tokens", r"charged for ~(\d+) tokens")]:
        if m := re.search(pattern, text, re.M):
            result[key] = int(m.group(1))
    return result


def main():
    os.makedirs(FOLDER, exist_ok=True)
    expected = {}
    for name, lines in fixtures().items():
        path = os.path.join(FOLDER, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        text, crashed = run_reference(path)
        expected[name] = parse(text, crashed)
        print(f"{name}: {'crashed (' + crashed + ')' if crashed else 'ran to the end'}", file=sys.stderr)
    with open(os.path.join(FOLDER, "expected.json"), "w") as f:
        json.dump({"reference": "openai_data_check.py (quantiles 0.1/0.9 recomputed as 0.05/0.95)",
                   "encoding": "cl100k_base", "max_tokens_per_example": 4096, "fixtures": expected}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()

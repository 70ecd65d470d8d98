#!/usr/bin/env python3
"""Writes Tests/TokenizersTests/Fixtures/chat/<family>.json: training conversations (dataset lines in
OpenAI's chat format) rendered by each built-in chat format's reference library, so that the Swift tests
prove HarmonyChatFormat and MistralChatFormat give identical ids without Python.

References:
    gpt-oss         openai-harmony 0.0.8: load_harmony_encoding(HARMONY_GPT_OSS).render_conversation_for_training
                    (default config, auto_drop_analysis=True) of the Conversation that `harmony_conversation`
                    below maps a dataset line to (the mapping a trainer makes; tunesmith's HarmonyChatFormat
                    makes the same one).
    mistral-v1      mistral-common 1.13.1: MistralTokenizer.from_file(mistral-sp/tokenizer.model.v1,
    mistral-v3          mode=ValidationMode.finetuning).encode_chat_completion(ChatCompletionRequest(messages,
    mistral-tekken      tools)) for a finished conversation (last message from the assistant): the request is
                    validated as for fine-tuning, normalized (consecutive messages of a role merged, system
                    prompts gathered) and encoded by the instruct tokenizer's encode_instruct. Assistant
                    messages are FinetuningAssistantMessage with the line's `weight`. A draft (last message
                    not the assistant's) is encoded the same way in ValidationMode.agnostic, mistral-common's
                    mode without a rule for the last role.

Each case: `name`, `messages`, optional `tools` and `variables`, and either `ids` (the reference's ids) or
`error` (the reference refused the conversation; its message).

Usage (offline):
    ../shared/tools/tokenizers-unpack /tmp/tok
    TIKTOKEN_ENCODINGS_BASE=../shared/encodings /root/refvenv/bin/python scripts/generate-chat-format-fixtures.py /tmp/tok
Deterministic: the same library versions give byte-identical files.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "TokenizersTests", "Fixtures", "chat")

MISTRAL_FILES = {
    "mistral-v1": "mistral-sp/tokenizer.model.v1",
    "mistral-v3": "mistral-sp/mistral_instruct_tokenizer_240323.model.v3",
    "mistral-tekken": "mistral-tekken/tekken_240718.json",
}

# Strings that find the edges: unicode of every kind, special-token text, whitespace at the ends.
TRICKY = [
    ("cjk", "你好，世界！今日は良い天気ですね。안녕하세요"),
    ("emoji", "Family: 👩‍👩‍👧‍👦, flags 🇯🇵🇫🇷, skin 👍🏽 🎉"),
    ("combining", "e\u0301te\u0301 n\u0303o Z\u0351\u0302a\u0308lgo"),
    ("rtl", "مرحبا بالعالم — שלום עולם"),
    ("harmony-specials", "<|start|>assistant<|channel|>final<|message|>hi<|end|><|return|>"),
    ("mistral-specials", "[INST] hi [/INST]</s><s>[TOOL_CALLS][AVAILABLE_TOOLS]"),
    ("endoftext", "<|endoftext|><|endofprompt|><|reserved_200018|>"),
    ("leading-space", " leading space"),
    ("trailing-space", "trailing space "),
    ("spaces-both", "   both ends   "),
    ("newlines", "\n\nline one\nline two\n\n"),
    ("tabs", "\tindented\t\ttabs\t"),
    ("only-spaces", "   "),
    ("crlf", "windows\r\nline\r\n"),
    ("digits", "1234567890 3.14159 -42 1e10"),
    ("code", "def f(x):\n    return {'a': [1, 2]}  # comment\n"),
    ("json-text", '{"key": "value", "n": [1, 2.5, null]}'),
    ("zero-width", "a\u200bb\u200dc\ufeffd"),
]

WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Get the current weather in a city.",
    "parameters": {"type": "object", "properties": {
        "city": {"type": "string", "description": "The city, e.g. Paris"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "default": "celsius"}},
        "required": ["city"]}}}
SEARCH_TOOL = {"type": "function", "function": {
    "name": "search_docs", "description": "Search the documentation.\nReturns the best matches.",
    "parameters": {"type": "object", "properties": {
        "query": {"type": "string"},
        "limit": {"type": "integer", "default": 5, "description": "How many results"},
        "filters": {"type": "array", "items": {"type": "string"}},
        "exact": {"type": "boolean", "nullable": True},
        "range": {"type": "object", "description": "A date range", "properties": {
            "from": {"type": "string", "title": "Start", "examples": ["2024-01-01"]},
            "to": {"type": ["string", "null"]}}},
        "mode": {"description": "How to match", "oneOf": [
            {"type": "string", "enum": ["fuzzy", "strict"], "description": "By name"},
            {"type": "number", "description": "By score", "default": 0.5}]}},
        "required": ["query"]}}}
NO_PARAMS_TOOL = {"type": "function", "function": {"name": "get_time", "description": "Get the time."}}


def user(text):
    return {"role": "user", "content": text}


def assistant(text, **extra):
    return {"role": "assistant", "content": text, **extra}


def system(text):
    return {"role": "system", "content": text}


def call(id_, name, arguments):
    return {"id": id_, "type": "function", "function": {"name": name, "arguments": arguments}}


def tool(id_, content, **extra):
    return {"role": "tool", "tool_call_id": id_, "content": content, **extra}


def cases():
    out = []

    def add(name, messages, tools=None, variables=None):
        case = {"name": name, "messages": messages}
        if tools is not None:
            case["tools"] = tools
        if variables is not None:
            case["variables"] = variables
        out.append(case)

    add("single turn", [user("What's the capital of France?"), assistant("Paris.")])
    add("system", [system("You are Marv, a sarcastic bot."), user("Hi"), assistant("Oh. You again.")])
    add("empty system", [system(""), user("Hi"), assistant("Hello!")])
    add("developer role", [{"role": "developer", "content": "Answer in French."}, user("Hi"), assistant("Bonjour !")])
    add("multi-turn", [system("Be brief."), user("One?"), assistant("1"), user("Two?"), assistant("2"),
                       user("Three?"), assistant("3")])
    add("multi-turn no system", [user("a"), assistant("b"), user("c"), assistant("d")])
    add("five turns", [m for k in range(5) for m in (user(f"Question {k}: why?"), assistant(f"Because {k}."))])
    for key, text in TRICKY:
        add(f"user {key}", [system("Reply plainly."), user(text), assistant("Noted.")])
        add(f"assistant {key}", [user("Say something."), assistant(text)])
    add("system cjk", [system(TRICKY[0][1]), user("hi"), assistant("ok")])
    add("system specials", [system("<|start|>[INST]</s>"), user("hi"), assistant("ok")])
    add("system trailing newline", [system("Rules:\n- be kind\n"), user("hi"), assistant("ok")])
    add("long text", [user("Tell me a story. " * 40), assistant("Once upon a time, " * 30 + "the end.")])
    add("empty user", [user(""), assistant("You said nothing.")])
    add("weight 0 first", [user("a"), assistant("bad", weight=0), user("again"), assistant("good", weight=1)])
    add("weight 0 last", [user("a"), assistant("good"), user("b"), assistant("bad", weight=0)])
    add("weight 0 only", [system("s"), user("a"), assistant("rejected", weight=0)])
    add("weights mixed consecutive", [user("a"), assistant("draft", weight=0), assistant("final", weight=1)])
    add("weight half", [user("a"), assistant("half", weight=0.5)])
    add("consecutive users", [user("first"), user("second"), assistant("both")])
    add("consecutive users with empty", [user("first"), user(""), user("third"), assistant("ok")])
    add("consecutive assistants", [user("q"), assistant("part one"), assistant("part two")])
    add("two systems", [system("Rule one."), system("Rule two."), user("hi"), assistant("ok")])
    add("system mid-conversation", [user("a"), system("Now be formal."), user("b"), assistant("Certainly.")])
    add("system after assistant", [user("a"), assistant("b"), system("late"), user("c"), assistant("d")])
    add("assistant first", [assistant("I start."), user("ok"), assistant("fine")])
    add("draft ends with user", [system("s"), user("a"), assistant("b"), user("c")])
    add("draft single user", [user("Just a question")])
    add("empty assistant", [user("a"), assistant("")])
    add("null assistant", [user("a"), assistant(None)])
    add("spaces-only assistant", [user("a"), assistant("   ")])
    add("unknown role", [user("a"), {"role": "narrator", "content": "Meanwhile..."}, assistant("b")])
    add("text parts", [{"role": "user", "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": "part two"}]},
                       assistant("ok")])
    add("thinking", [user("2+2?"), assistant("4", thinking="Two plus two is four.")])
    add("reasoning_content", [user("2+2?"), assistant("4", reasoning_content="Add them.")])
    add("thinking multi-turn", [user("a?"), assistant("A", thinking="first thought"), user("b?"),
                                assistant("B", thinking="second thought")])
    add("reasoning effort high", [user("hi"), assistant("hello")], variables={"reasoning_effort": "high"})
    add("reasoning effort low with date", [user("hi"), assistant("hello")],
        variables={"reasoning_effort": "low", "conversation_start_date": "2026-08-01"})
    add("bad reasoning effort", [user("hi"), assistant("hello")], variables={"reasoning_effort": "extreme"})
    add("tools only", [user("Weather?"), assistant("I can look it up.")], tools=[WEATHER_TOOL])
    add("tools with system", [system("Use tools."), user("Weather?"), assistant("Which city?")], tools=[WEATHER_TOOL, SEARCH_TOOL])
    add("tool without parameters", [user("Time?"), assistant("Let me see.")], tools=[NO_PARAMS_TOOL])
    tool_turn = [
        user("What's the weather in Paris?"),
        assistant(None, tool_calls=[call("call00001", "get_weather", '{"city": "Paris"}')]),
        tool("call00001", '{"temperature": 21, "sky": "clear"}', name="get_weather"),
        assistant("It's 21 °C and clear in Paris."),
    ]
    add("tool call and result", [system("Be helpful.")] + tool_turn, tools=[WEATHER_TOOL])
    add("tool call and result no system", tool_turn, tools=[WEATHER_TOOL])
    add("tool call then user", tool_turn + [user("And Rome?"), assistant("Let me check Rome too.")], tools=[WEATHER_TOOL])
    add("two tool calls", [
        user("Paris and Rome?"),
        assistant(None, tool_calls=[call("call00001", "get_weather", '{"city": "Paris"}'),
                                    call("call00002", "get_weather", '{"city":"Rome","unit":"celsius"}')]),
        tool("call00001", '{"t": 21}', name="get_weather"),
        tool("call00002", "sunny, 25 degrees", name="get_weather"),
        assistant("Paris 21, Rome 25."),
    ], tools=[WEATHER_TOOL])
    add("tool result by id only", [
        user("Weather?"),
        assistant(None, tool_calls=[call("abcDEF123", "get_weather", '{"city": "Oslo"}')]),
        tool("abcDEF123", "cold"),
        assistant("Cold."),
    ], tools=[WEATHER_TOOL])
    add("tool result unicode", [
        user("Tokyo?"),
        assistant(None, tool_calls=[call("call00003", "get_weather", '{"city": "東京"}')]),
        tool("call00003", '{"sky": "晴れ ☀️", "note": "line\\nbreak"}', name="get_weather"),
        assistant("晴れ."),
    ], tools=[WEATHER_TOOL])
    add("tool args not json", [
        user("Search"),
        assistant(None, tool_calls=[call("call00004", "search_docs", "not json {")]),
        tool("call00004", "[]", name="search_docs"),
        assistant("Nothing found."),
    ], tools=[SEARCH_TOOL])
    add("tool result empty", [
        user("Time?"),
        assistant(None, tool_calls=[call("call00005", "get_time", "")]),
        tool("call00005", "", name="get_time"),
        assistant("Unknown."),
    ], tools=[NO_PARAMS_TOOL])
    add("tool call last", [user("Weather in Paris?"),
                           assistant(None, tool_calls=[call("call00006", "get_weather", '{"city": "Paris"}')])],
        tools=[WEATHER_TOOL])
    add("tool call null id last", [user("Weather in Paris?"),
                                   assistant(None, tool_calls=[{"type": "function", "function": {"name": "get_weather", "arguments": "{}"}}])],
        tools=[WEATHER_TOOL])
    add("tool call with content", [user("Weather?"),
                                   assistant("Checking.", tool_calls=[call("call00007", "get_weather", '{"city": "Paris"}')]),
                                   tool("call00007", "ok", name="get_weather"), assistant("Fine.")], tools=[WEATHER_TOOL])
    add("tool call bad id", [user("w?"), assistant(None, tool_calls=[call("x", "get_weather", "{}")]),
                             tool("x", "ok", name="get_weather"), assistant("done")], tools=[WEATHER_TOOL])
    add("tool message without id", [user("w?"), assistant(None, tool_calls=[call("call00008", "get_weather", "{}")]),
                                    {"role": "tool", "content": "ok", "name": "get_weather"}, assistant("done")], tools=[WEATHER_TOOL])
    add("tool message unknown call", [user("w?"), assistant("no call"), tool("zzzzzzzzz", "orphan"), assistant("done")])
    add("tool call weight 0", [user("w?"), assistant(None, weight=0, tool_calls=[call("call00009", "get_weather", '{"city": "Lima"}')]),
                               tool("call00009", "warm", name="get_weather"), assistant("Warm.")], tools=[WEATHER_TOOL])
    add("tool call bad name", [user("w?"), assistant(None, tool_calls=[call("call00010", "get weather!", "{}")]),
                               tool("call00010", "ok"), assistant("done")])
    add("tool with thinking", [user("w?"), assistant(None, thinking="I should call the tool.",
                                                     tool_calls=[call("call00011", "get_weather", '{"city": "Rome"}')]),
                               tool("call00011", "hot", name="get_weather"), assistant("Hot.", thinking="Tool said hot.")],
        tools=[WEATHER_TOOL])
    add("tool values python writes its own way", [
        user("Numbers?"),
        assistant(None, tool_calls=[call("call00012", "search_docs", {"query": "x", "limit": 3, "ratio": 0.1, "big": 1e20, "tiny": 1e-07})]),
        tool("call00012", '{"a": 1.0, "b": 1e5, "c": -0.0, "d": NaN, "e": [true, false, null], "a": 2, "f": "\\u00e9\\n\\t"}', name="search_docs"),
        assistant("Done."),
    ], tools=[SEARCH_TOOL])
    add("tool result not json", [
        user("Echo"),
        assistant(None, tool_calls=[call("call00013", "get_time", "{}")]),
        tool("call00013", "  {broken json  ", name="get_time"),
        assistant("Broken."),
    ], tools=[NO_PARAMS_TOOL])
    add("tool result a number", [
        user("Count"),
        assistant(None, tool_calls=[call("call00014", "get_time", "{}")]),
        tool("call00014", " 42 ", name="get_time"),
        assistant("42."),
    ], tools=[NO_PARAMS_TOOL])
    add("schema defaults of every kind", [user("hi"), assistant("ok")], tools=[{"type": "function", "function": {
        "name": "configure", "description": "Set options.",
        "parameters": {"type": "object", "description": "Options", "properties": {
            "ratio": {"type": "number", "default": 0.25},
            "big": {"type": "number", "default": 1e20},
            "tiny": {"type": "number", "default": 1e-07},
            "flags": {"type": "array", "items": {"type": "boolean"}, "default": [True, False]},
            "meta": {"type": "object", "default": {"k": "v\u00e9"}},
            "level": {"type": "string", "enum": ["a", "b"], "default": "a", "nullable": True},
            "choice": {"description": "Pick", "default": 3, "oneOf": [
                {"type": "integer", "description": "Pick"}, {"type": "string", "enum": ["x"], "default": "x"},
                {"type": "object", "properties": {"z": {"type": "string"}}, "nullable": True}]},
            "anything": {}}}}}])
    add("tools on a v1 model only defined", [system("s"), user("Weather?"), assistant("No tools needed.")], tools=[WEATHER_TOOL])
    add("draft ends with tool", [user("w?"), assistant(None, tool_calls=[call("call00015", "get_weather", '{"city": "Kyiv"}')]),
                                 tool("call00015", "mild", name="get_weather")], tools=[WEATHER_TOOL])
    add("assistant empty text parts", [user("a"), {"role": "assistant", "content": [{"type": "text", "text": ""}]}])
    add("assistant text parts", [user("a"), {"role": "assistant", "content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two "}]}])
    add("consecutive assistants trailing spaces", [user("q"), assistant("first  "), assistant("   ")])
    add("weights 0 0 consecutive", [user("q"), assistant("a", weight=0), assistant("b", weight=0.0), user("r"), assistant("c")])
    add("system only", [system("Only rules.")])
    add("image part", [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://x/y.png"}}]}, assistant("A picture.")])
    add("empty conversation", [])
    return out


# ----- gpt-oss: the dataset line as a harmony Conversation ------------------------------------------------

def text_of(content, where):
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise ValueError(f"{where}: only text parts are supported")
            parts.append(part["text"])
        return "".join(parts)
    raise ValueError(f"{where}: content must be a string or a list of text parts")


def harmony_conversation(messages, tools, variables):
    from openai_harmony import (Author, Conversation, DeveloperContent, Message, ReasoningEffort, Role,
                                SystemContent, ToolDescription)
    sys_content = SystemContent.new()
    effort = variables.get("reasoning_effort")
    if effort is not None:
        efforts = {"low": ReasoningEffort.LOW, "medium": ReasoningEffort.MEDIUM, "high": ReasoningEffort.HIGH}
        if effort not in efforts:
            raise ValueError(f"reasoning_effort {effort!r} is not low, medium or high")
        sys_content = sys_content.with_reasoning_effort(efforts[effort])
    if variables.get("conversation_start_date") is not None:
        sys_content = sys_content.with_conversation_start_date(variables["conversation_start_date"])
    out = [Message.from_role_and_content(Role.SYSTEM, sys_content)]

    first_is_instructions = bool(messages) and messages[0].get("role") in ("system", "developer")
    if tools or (first_is_instructions and text_of(messages[0].get("content"), "message 1")):
        dev = DeveloperContent.new()
        if first_is_instructions and text_of(messages[0].get("content"), "message 1"):
            dev = dev.with_instructions(text_of(messages[0].get("content"), "message 1"))
        if tools:
            dev = dev.with_function_tools([
                ToolDescription.new(t["function"]["name"], t["function"].get("description") or "",
                                    t["function"].get("parameters")) for t in tools])
        out.append(Message.from_role_and_content(Role.DEVELOPER, dev))

    calls = {}
    for index, m in enumerate(messages):
        role = m.get("role")
        where = f"message {index + 1}"
        if role in ("system", "developer"):
            if index == 0:
                continue
            text = text_of(m.get("content"), where)
            if text:
                out.append(Message.from_role_and_content(Role.DEVELOPER, DeveloperContent.new().with_instructions(text)))
        elif role == "user":
            out.append(Message.from_role_and_content(Role.USER, text_of(m.get("content"), where)))
        elif role == "assistant":
            thinking = next((m[k] for k in ("thinking", "reasoning_content", "reasoning") if isinstance(m.get(k), str) and m[k]), None)
            if thinking:
                out.append(Message.from_role_and_content(Role.ASSISTANT, thinking).with_channel("analysis"))
            text = text_of(m.get("content"), where)
            tool_calls = m.get("tool_calls") or []
            if tool_calls:
                if text:
                    out.append(Message.from_role_and_content(Role.ASSISTANT, text).with_channel("commentary"))
                for c in tool_calls:
                    name = c["function"]["name"]
                    args = c["function"].get("arguments")
                    if args is None:
                        args = "{}"
                    elif not isinstance(args, str):
                        args = json.dumps(args, ensure_ascii=False, separators=(",", ":"))
                    if c.get("id"):
                        calls[c["id"]] = name
                    out.append(Message.from_role_and_content(Role.ASSISTANT, args).with_channel("commentary")
                               .with_recipient(f"functions.{name}").with_content_type("<|constrain|>json"))
            else:
                out.append(Message.from_role_and_content(Role.ASSISTANT, text).with_channel("final"))
        elif role == "tool":
            name = m.get("name") or calls.get(m.get("tool_call_id"))
            if not name:
                raise ValueError(f"{where}: a tool result that names no function and answers no earlier call")
            out.append(Message.from_author_and_content(Author.new(Role.TOOL, f"functions.{name}"), text_of(m.get("content"), where))
                       .with_recipient("assistant").with_channel("commentary"))
        else:
            raise ValueError(f"{where}: unknown role {role!r}")
    return Conversation.from_messages(out)


def harmony_render(encoding, case):
    conversation = harmony_conversation(case["messages"], case.get("tools"), case.get("variables") or {})
    return encoding.render_conversation_for_training(conversation)


# ----- Mistral: mistral-common's own encoding of the request ------------------------------------------------

def mistral_render(tokenizers, case):
    from mistral_common.protocol.instruct.converters import convert_openai_messages, convert_openai_tools
    from mistral_common.protocol.instruct.messages import FinetuningAssistantMessage
    from mistral_common.protocol.instruct.request import ChatCompletionRequest
    messages = []
    for m in case["messages"]:
        plain = {k: v for k, v in m.items() if k != "weight"}
        converted = convert_openai_messages([plain])[0]
        if m.get("role") == "assistant":
            converted = FinetuningAssistantMessage.model_validate({**converted.model_dump(), "weight": m.get("weight")})
        messages.append(converted)
    finished = bool(case["messages"]) and case["messages"][-1].get("role") == "assistant"
    tokenizer = tokenizers["finetuning" if finished else "agnostic"]
    tools = convert_openai_tools(case["tools"]) if case.get("tools") is not None else None
    return tokenizer.encode_chat_completion(ChatCompletionRequest(messages=messages, tools=tools)).tokens


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0] if args else os.environ.get("OPEN_TOKENIZERS_DIR")
    if not folder or not os.path.isdir(folder):
        sys.exit(__doc__)
    if not os.environ.get("TIKTOKEN_ENCODINGS_BASE"):
        sys.exit("set TIKTOKEN_ENCODINGS_BASE to a folder holding o200k_base.tiktoken (../shared/encodings)")
    from mistral_common.protocol.instruct.validator import ValidationMode
    from mistral_common.tokens.tokenizers.mistral import MistralTokenizer
    from openai_harmony import HarmonyEncodingName, load_harmony_encoding

    os.makedirs(OUT_DIR, exist_ok=True)
    all_cases = cases()
    harmony = load_harmony_encoding(HarmonyEncodingName.HARMONY_GPT_OSS)
    families = [("gpt-oss", "openai-harmony 0.0.8 render_conversation_for_training", lambda c: harmony_render(harmony, c))]
    for family, path in MISTRAL_FILES.items():
        tokenizers = {mode: MistralTokenizer.from_file(os.path.join(folder, path), mode=getattr(ValidationMode, mode))
                      for mode in ("finetuning", "agnostic")}
        families.append((family, f"mistral-common 1.13.1 {path}: encode_chat_completion (ValidationMode.finetuning; agnostic for drafts)",
                         lambda c, t=tokenizers: mistral_render(t, c)))
    for family, reference, render in families:
        rendered, refused = [], 0
        for case in all_cases:
            result = dict(case)
            try:
                result["ids"] = [int(i) for i in render(case)]
            except Exception as error:  # the reference's refusal, whatever its type
                result["error"] = f"{type(error).__name__}: {error}".splitlines()[0][:200]
                refused += 1
            rendered.append(result)
        path = os.path.join(OUT_DIR, f"{family}.json")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps({"family": family, "reference": reference}, ensure_ascii=False)[:-1] + ',"cases":[\n')
            f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in rendered))
            f.write("\n]}\n")
        print(f"{family}: {len(rendered)} cases, {refused} refused -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()

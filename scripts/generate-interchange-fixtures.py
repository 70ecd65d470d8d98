#!/usr/bin/env python3
"""Writes Tests/InterchangeTests/Fixtures: one source file per import format, shaped as each
format documents it (ChatGPT's and Claude's data exports, llm's logs.db created with llm's own
table definitions from llm/migrations.py through Python's sqlite3, ShareGPT, Alpaca, RFC 4180
CSV written by Python's csv module), with branches, edits, attachments, tool turns, a truncated
file and malformed records; and expected.json, what an import of each must give."""
import csv, json, os, sqlite3

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "InterchangeTests", "Fixtures")
os.makedirs(OUT, exist_ok=True)
expected = {}

def node(id, parent, children, role=None, parts=None, content_type="text", recipient="all", hidden=False):
    message = None
    if role:
        message = {"id": id, "author": {"role": role, "name": None, "metadata": {}}, "create_time": 1700000000.0,
                   "content": {"content_type": content_type, "parts": parts}, "status": "finished_successfully",
                   "end_turn": True, "weight": 1.0, "metadata": {"is_visually_hidden_from_conversation": True} if hidden else {},
                   "recipient": recipient}
    return {"id": id, "message": message, "parent": parent, "children": children}

# ChatGPT: the user edited their first question (branch b) and regenerated a reply (c2); the
# person kept the edited branch, whose reply ran code (a tool call and its result).
branchy = {"title": "Branches", "create_time": 1700000000.0, "update_time": 1700000100.0, "id": "conv-branches",
           "current_node": "e2", "mapping": {
    "root": node("root", None, ["sys"]),
    "sys": node("sys", "root", ["a", "b"], "system", [""], hidden=True),
    "a": node("a", "sys", ["a1"], "user", ["What is 2+2?"]),
    "a1": node("a1", "a", [], "assistant", ["4"]),
    "b": node("b", "sys", ["c1", "c2"], "user", ["What is 2+3? Here is a photo.", {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-1", "width": 10, "height": 10}], content_type="multimodal_text"),
    "c1": node("c1", "b", [], "assistant", ["Five, I think."]),
    "c2": node("c2", "b", ["d"], "assistant", ["print(2+3)"], content_type="code", recipient="python"),
    "d": node("d", "c2", ["e"], "tool", ["5"], content_type="execution_output"),
    "e": node("e", "d", ["e1"], "assistant", ["It is 5."]),
    "e1": node("e1", "e", ["e2"], "user", ["Thanks!"]),
    "e2": node("e2", "e1", [], "assistant", ["You're welcome."]),
}}
simple = {"title": "Simple", "id": "conv-simple", "current_node": "2", "mapping": {
    "0": node("0", None, ["1"]),
    "1": node("1", "0", ["2"], "user", ["Hello"]),
    "2": node("2", "1", [], "assistant", ["Hi there!"]),
}}
broken = {"title": "Broken", "id": "conv-broken", "current_node": "missing", "mapping": {"0": node("0", None, [])}}
chatgpt = [branchy, simple, broken, 42]
with open(os.path.join(OUT, "chatgpt.json"), "w") as f:
    json.dump(chatgpt, f, indent=1)
expected["chatgpt.json"] = {"format": "chatgpt", "conversations": [
    [["user", "What is 2+3? Here is a photo."], ["assistant", "It is 5."], ["user", "Thanks!"], ["assistant", "You're welcome."]],
    [["user", "Hello"], ["assistant", "Hi there!"]],
], "skipped": [[3, "missing"], [4, "not an object"]],
   "left_out": {"hidden system message": 1, "assistant message to a tool": 1, "tool result": 1, "non-text part": 1}}

text = json.dumps([simple, branchy], indent=1)
with open(os.path.join(OUT, "chatgpt-truncated.json"), "w") as f:
    f.write(text[: len(text) - 200])
expected["chatgpt-truncated.json"] = {"format": "chatgpt", "conversations": [[["user", "Hello"], ["assistant", "Hi there!"]]],
                                      "skipped": [[2, "cut short"]], "left_out": {}}

# Claude: content blocks (text, tool_use, tool_result), attachments, and an old-style message
# with text only; one conversation has a sender Claude's export does not use.
claude = [
    {"uuid": "c-1", "name": "Blocks", "created_at": "2025-01-01T00:00:00Z", "chat_messages": [
        {"uuid": "m1", "sender": "human", "text": "Summarise the file.", "content": [{"type": "text", "text": "Summarise the file."}],
         "attachments": [{"file_name": "notes.txt", "file_type": "txt", "file_size": 10, "extracted_content": "hello"}], "files": []},
        {"uuid": "m2", "sender": "assistant", "text": "", "content": [
            {"type": "tool_use", "name": "search", "input": {"q": "x"}},
            {"type": "tool_result", "name": "search", "content": [{"type": "text", "text": "found"}]},
            {"type": "text", "text": "It says hello."}], "attachments": [], "files": []},
    ]},
    {"uuid": "c-2", "name": "Old", "chat_messages": [
        {"uuid": "m3", "sender": "human", "text": "Hi", "attachments": [], "files": []},
        {"uuid": "m4", "sender": "assistant", "text": "Hello!", "attachments": [], "files": []},
    ]},
    {"uuid": "c-3", "name": "Odd", "chat_messages": [{"uuid": "m5", "sender": "robot", "text": "beep"}]},
]
with open(os.path.join(OUT, "claude.json"), "w") as f:
    json.dump(claude, f)
expected["claude.json"] = {"format": "claude", "conversations": [
    [["user", "Summarise the file."], ["assistant", "It says hello."]],
    [["user", "Hi"], ["assistant", "Hello!"]],
], "skipped": [[3, "robot"]], "left_out": {"attachment": 1, "assistant message to a tool": 1, "tool result": 1}}

# ShareGPT as JSONL: a system turn, a malformed line, an unknown speaker, a row with no reply.
sharegpt = [
    json.dumps({"conversations": [{"from": "system", "value": "Be brief."}, {"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello."},
                                  {"from": "human", "value": "Bye"}, {"from": "gpt", "value": "Bye."}]}),
    '{"conversations": [{"from": "human", "value": "cut',
    json.dumps({"conversations": [{"from": "alien", "value": "?"}]}),
    json.dumps({"conversations": [{"from": "human", "value": "Anyone?"}]}),
    json.dumps({"conversations": [{"from": "human", "value": "Weather?"}, {"from": "function_call", "value": "{}"},
                                  {"from": "observation", "value": "sunny"}, {"from": "gpt", "value": "Sunny."}]}),
]
with open(os.path.join(OUT, "sharegpt.jsonl"), "w") as f:
    f.write("\n".join(sharegpt) + "\n")
expected["sharegpt.jsonl"] = {"format": "sharegpt", "conversations": [
    [["system", "Be brief."], ["user", "Hi"], ["assistant", "Hello."], ["user", "Bye"], ["assistant", "Bye."]],
    [["user", "Weather?"], ["assistant", "Sunny."]],
], "skipped": [[2, "not valid JSON"], [3, "alien"], [4, "no assistant reply"]],
   "left_out": {"assistant message to a tool": 1, "tool result": 1}}

alpaca = [
    {"instruction": "Add the numbers.", "input": "2 and 3", "output": "5"},
    {"instruction": "Say hi.", "input": "", "output": "Hi!", "system": "You are polite."},
    {"instruction": "No answer."},
]
with open(os.path.join(OUT, "alpaca.json"), "w") as f:
    json.dump(alpaca, f, indent=2)
expected["alpaca.json"] = {"format": "alpaca", "conversations": [
    [["user", "Add the numbers.\n\n2 and 3"], ["assistant", "5"]],
    [["system", "You are polite."], ["user", "Say hi."], ["assistant", "Hi!"]],
], "skipped": [[3, "output"]], "left_out": {}}

with open(os.path.join(OUT, "conversations.csv"), "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\r\n")
    writer.writerow(["id", "question", "answer", "persona"])
    writer.writerow(["1", "Hello, \"friend\"", "Hi, there", "Be kind."])
    writer.writerow(["2", "Two\nlines?", "Yes:\ntwo.", ""])
    writer.writerow(["3", "", "An answer to nothing", ""])
    writer.writerow(["4", "short"])
expected["conversations.csv"] = {"format": "csv", "columns": "user=question,assistant=answer,system=persona", "conversations": [
    [["system", "Be kind."], ["user", "Hello, \"friend\""], ["assistant", "Hi, there"]],
    [["user", "Two\nlines?"], ["assistant", "Yes:\ntwo."]],
], "skipped": [[3, "no user message"], [4, "2 fields"]], "left_out": {"empty message": 3}}

# llm's logs.db with the tables as llm's migrations create them (m010, m012, m013, m022).
def llm_db(path, parts):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE [_llm_migrations] ([name] TEXT PRIMARY KEY, [applied_at] TEXT);
    CREATE TABLE [conversations] ([id] TEXT PRIMARY KEY, [name] TEXT, [model] TEXT);
    CREATE TABLE [responses] ([id] TEXT PRIMARY KEY, [model] TEXT, [prompt] TEXT, [system] TEXT, [prompt_json] TEXT,
        [options_json] TEXT, [response] TEXT, [response_json] TEXT, [conversation_id] TEXT REFERENCES [conversations]([id]),
        [duration_ms] INTEGER, [datetime_utc] TEXT, [input_tokens] INTEGER, [output_tokens] INTEGER, [token_details] TEXT);
    CREATE TABLE [attachments] ([id] TEXT PRIMARY KEY, [type] TEXT, [path] TEXT, [url] TEXT, [content] BLOB);
    CREATE TABLE [prompt_attachments] ([response_id] TEXT REFERENCES [responses]([id]), [attachment_id] TEXT REFERENCES [attachments]([id]),
        [order] INTEGER, PRIMARY KEY ([response_id], [attachment_id]));
    """)
    if parts:
        db.executescript("""
        CREATE TABLE [parts] ([id] INTEGER PRIMARY KEY, [response_id] TEXT REFERENCES [responses]([id]), [direction] TEXT, [role] TEXT,
            [part_type] TEXT, [order] INTEGER, [content] TEXT, [content_json] TEXT, [tool_call_id] TEXT, [server_executed] INTEGER);
        CREATE UNIQUE INDEX "idx_parts_response_order" ON parts (response_id, direction, "order");
        """)
    db.execute("INSERT INTO conversations VALUES ('conv-a', 'Capitals', 'gpt-4o-mini'), ('conv-b', 'Empty', 'gpt-4o-mini')")
    rows = [
        ("r2", "What about Spain?", "Be terse.", "Madrid.", "conv-a", "2025-01-01T10:01:00"),
        ("r1", "Capital of France?", "Be terse.", "Paris.", "conv-a", "2025-01-01T10:00:00"),
        ("r3", "And Italy?", "Be verbose.", "Rome.", "conv-a", "2025-01-01T10:02:00"),
        ("r4", "Lonely prompt", None, "", "conv-b", "2025-01-02T10:00:00"),
    ]
    for r in rows:
        db.execute("INSERT INTO responses (id, model, prompt, system, response, conversation_id, datetime_utc) VALUES (?, 'gpt-4o-mini', ?, ?, ?, ?, ?)",
                   (r[0], r[1], r[2], r[3], r[4], r[5]))
    db.execute("INSERT INTO attachments (id, type, path) VALUES ('att1', 'image/png', '/tmp/x.png')")
    db.execute("INSERT INTO prompt_attachments VALUES ('r1', 'att1', 0)")
    if parts:
        db.execute("INSERT INTO conversations VALUES ('conv-c', 'Parts', 'gpt-5')")
        db.execute("INSERT INTO responses (id, model, prompt, system, response, conversation_id, datetime_utc) VALUES ('r5', 'gpt-5', 'ignored', NULL, 'ignored', 'conv-c', '2025-01-03T10:00:00')")
        for k, (direction, role, kind, content) in enumerate([
            ("input", "system", "text", "You use tools."), ("input", "user", "text", "Weather in Paris?"),
            ("output", "assistant", "reasoning", "Think."), ("output", "assistant", "tool_call", ""),
            ("output", "assistant", "text", "Sunny in Paris."),
        ]):
            db.execute("INSERT INTO parts (response_id, direction, role, part_type, [order], content) VALUES ('r5', ?, ?, ?, ?, ?)",
                       (direction, role, kind, k, content))
    db.commit()
    db.close()

llm_db(os.path.join(OUT, "logs.db"), parts=False)
llm_conversations = [[["system", "Be terse."], ["user", "Capital of France?"], ["assistant", "Paris."], ["user", "What about Spain?"],
                      ["assistant", "Madrid."], ["user", "And Italy?"], ["assistant", "Rome."]]]
expected["logs.db"] = {"format": "llm", "conversations": llm_conversations, "skipped": [[2, "no assistant reply"]],
                       "left_out": {"attachment": 1, "later system prompt": 1, "empty message": 1}}
llm_db(os.path.join(OUT, "logs-parts.db"), parts=True)
expected["logs-parts.db"] = {"format": "llm", "conversations": llm_conversations + [
    [["system", "You use tools."], ["user", "Weather in Paris?"], ["assistant", "Sunny in Paris."]]],
    "skipped": [[2, "no assistant reply"]],
    "left_out": {"attachment": 1, "later system prompt": 1, "empty message": 1, "reasoning": 1, "assistant message to a tool": 1}}

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
print("wrote", OUT)

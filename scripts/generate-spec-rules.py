#!/usr/bin/env python3
"""Writes Tests/TestSupport/SpecRules/{openai,together,fireworks}.json: what each provider's published
OpenAPI spec demands of the requests tunesmith sends (or will send), so the stub servers refuse what the
real service would refuse. Swift's `SpecRules` (Tests/TestSupport) reads them; no Python at test time.

Per operation (method + the full path template, the server URL's path included: `/v1/fine-tunes`,
`/v1/accounts/{account_id}/datasets`, `/inference/v1/chat/completions`):
    query     required query parameters, and each query parameter's type and enum
    body      whether a body is required, its content types, and its schema
Schemas keep only what a validator checks here: type (with OpenAPI 3.0's `nullable` as "null"), enum
(`const` as a one-value enum), properties, required, items, `additionalProperties` (only where the spec
states it), and alternatives (`oneOf`/`anyOf` both become `anyOf`: any one alternative that fits is
enough, as the services' own parsers behave). `allOf` and `$ref` with siblings are merged into one schema.
Named component schemas stay shared under "schemas" and are referenced as {"$ref": "Name"}.

One reading of sloppy spec text, loosening and never tightening: a `type` beside `oneOf`/`anyOf` is
dropped. Together's `train_on_inputs` says `type: boolean` next to `oneOf: [boolean, "auto"]` with default
"auto", which a literal validator would refuse.

Operations a spec lacks but the official SDKs send are listed in OFF_SPEC with where they are documented.

Usage (offline; PyYAML from the reference venv):
    /root/refvenv/bin/python scripts/generate-spec-rules.py [../shared/reference]
Deterministic: the same specs give byte-identical files.
"""
import hashlib
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "TestSupport", "SpecRules")

# Provider -> [(spec file, the operations kept: (methods or None for all, path regex))].
PROVIDERS = {
    "openai": [("openai-openapi.yaml", [
        (None, r"^/files(/.*)?$"),
        (None, r"^/uploads(/.*)?$"),
        (None, r"^/fine_tuning/jobs(/.*)?$"),
        ({"post"}, r"^/chat/completions$"),
        (None, r"^/models(/.*)?$"),
    ])],
    "together": [("together-openapi.yaml", [
        (None, r"^/files(/.*)?$"),
        (None, r"^/fine-tunes(/.*)?$"),
        (None, r"^/models$"),
        (None, r"^/endpoints(/.*)?$"),
        (None, r"^/hardware$"),
        ({"post"}, r"^/chat/completions$"),
    ])],
    "fireworks": [
        ("fireworks-openapi.yaml", [
            (None, r"^/v1/accounts/\{account_id\}/(datasets|supervisedFineTuningJobs|dpoJobs|deployments|deployedModels)([/:].*)?$"),
            ({"get"}, r"^/v1/accounts/\{account_id\}/models(/\{model_id\})?$"),
        ]),
        ("fireworks-inference-openapi.yaml", [({"post"}, r"^/v1/chat/completions$")]),
    ],
}

# Sent by the official SDKs, missing from the spec.
OFF_SPEC = {
    "together": [{
        "method": "POST", "path": "/v1/files/{id}/preprocess",
        "source": "not in together-openapi.yaml; Together's Python SDK (filemanager.py UploadManager) sends it after a signed-URL upload",
    }],
    "fireworks": [{
        "method": "POST", "path": "/v1/accounts/{account_id}/datasets/{dataset_id}:upload",
        "source": "not in fireworks-openapi.yaml; docs.fireworks.ai/gateway-extra.openapi.yaml (api-reference/upload-dataset-files): one multipart field, file",
        "body": {"required": True, "content": {"multipart/form-data": {
            "type": ["object"], "properties": {"file": {"type": ["string"]}}, "required": ["file"]}}},
    }],
}

METHODS = ("get", "post", "put", "patch", "delete")


class Spec:
    def __init__(self, path):
        with open(path, "rb") as f:
            raw = f.read()
        self.name = os.path.basename(path)
        self.sha256 = hashlib.sha256(raw).hexdigest()
        self.doc = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        servers = self.doc.get("servers") or [{"url": ""}]
        self.base = re.sub(r"^[a-z]+://[^/]+", "", servers[0]["url"]).rstrip("/")
        self.components = self.doc.get("components", {}).get("schemas", {})

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node and len(node) == 1:
            node = self.pointer(node["$ref"])
        return node

    def pointer(self, ref):
        assert ref.startswith("#/"), ref
        node = self.doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


class Compiler:
    """Turns spec schemas into the compact rule schemas, sharing named components."""

    def __init__(self, spec, schemas, owners):
        self.spec = spec
        self.schemas = schemas  # name -> compiled, shared by every spec of one provider
        self.owners = owners  # name -> the spec that first used it

    def key(self, name):
        """The shared name of a component; a second spec's clashing name gets its file's name in front."""
        owner = self.owners.setdefault(name, self.spec.name)
        return name if owner == self.spec.name else f"{self.spec.name}:{name}"

    def ref_name(self, ref):
        prefix = "#/components/schemas/"
        return ref[len(prefix):] if ref.startswith(prefix) else None

    def compile(self, node):
        if not isinstance(node, dict):
            return {}
        if "$ref" in node:
            name = self.ref_name(node["$ref"])
            siblings = {k: v for k, v in node.items() if k != "$ref" and k in KEPT}
            if name and not siblings:
                key = self.key(name)
                if key not in self.schemas:
                    self.schemas[key] = None  # a placeholder breaks cycles
                    self.schemas[key] = self.compile(self.spec.pointer(node["$ref"]))
                return {"$ref": key}
            # `$ref` with siblings: both apply (OpenAPI 3.1), merged like allOf.
            return self.compile({"allOf": [self.spec.pointer(node["$ref"]), {k: v for k, v in node.items() if k != "$ref"}]})
        if "allOf" in node:
            merged = {k: v for k, v in node.items() if k != "allOf"}
            for part in node["allOf"]:
                merged = merge(merged, self.flatten(part))
            return self.compile(merged)
        out = {}
        alternatives = node.get("oneOf") or node.get("anyOf")
        types = node.get("type")
        if types is not None and not alternatives:
            types = list(types) if isinstance(types, list) else [types]
            if node.get("nullable") and "null" not in types:
                types.append("null")
            out["type"] = types
        if "const" in node:
            out["enum"] = [node["const"]]
        elif "enum" in node:
            values = list(node["enum"])
            if node.get("nullable") and None not in values:
                values.append(None)
            out["enum"] = values
        if "properties" in node:
            out["properties"] = {name: self.compile(sub) for name, sub in sorted(node["properties"].items())}
        if node.get("required"):
            out["required"] = sorted(set(node["required"]))
        if node.get("additionalProperties") is False:
            out["additionalProperties"] = False
        elif isinstance(node.get("additionalProperties"), dict) and node["additionalProperties"]:
            out["additionalProperties"] = self.compile(node["additionalProperties"])
        if isinstance(node.get("items"), dict):
            out["items"] = self.compile(node["items"])
        if alternatives:
            compiled = [self.compile(alt) for alt in alternatives]
            if node.get("nullable"):
                compiled.append({"type": ["null"]})
            out["anyOf"] = compiled
        return out

    def flatten(self, node, depth=0):
        """A schema with its `$ref` and `allOf` merged in, for merging into an allOf."""
        assert depth < 32, "allOf nests too deep"
        if not isinstance(node, dict):
            return {}
        if "$ref" in node:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return merge(self.flatten(self.spec.pointer(node["$ref"]), depth + 1), rest)
        if "allOf" in node:
            merged = {k: v for k, v in node.items() if k != "allOf"}
            for part in node["allOf"]:
                merged = merge(merged, self.flatten(part, depth + 1))
            return merged
        return node


KEPT = {"type", "enum", "const", "properties", "required", "additionalProperties", "items", "oneOf", "anyOf", "allOf", "nullable"}


def merge(a, b):
    out = dict(a)
    for key, value in b.items():
        if key == "properties":
            out["properties"] = {**out.get("properties", {}), **value}
        elif key == "required":
            out["required"] = sorted(set(out.get("required", [])) | set(value))
        elif key == "additionalProperties":
            # False anywhere in the merge: the spec forbids what none of the parts names.
            out[key] = False if value is False or out.get(key) is False else value
        elif key not in out:
            out[key] = value
    return out


def parameter_rules(spec, compiler, operation, path_item):
    params = {}
    for raw in (path_item.get("parameters") or []) + (operation.get("parameters") or []):
        param = spec.resolve(raw)
        if param.get("in") != "query":
            continue
        rule = compiler.compile(param.get("schema") or {})
        if param.get("required"):
            rule["required"] = True
        params[param["name"]] = rule
    return dict(sorted(params.items()))


def body_rules(spec, compiler, operation):
    body = operation.get("requestBody")
    if not body:
        return None
    body = spec.resolve(body)
    content = body.get("content") or {}
    rules = {"required": bool(body.get("required")), "content": {}}
    for media, entry in sorted(content.items()):
        rules["content"][media] = compiler.compile(entry.get("schema") or {})
    return rules


def operations_of(spec, compiler, selectors, provider):
    out = []
    for path, item in spec.doc["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            if not any((methods is None or method in methods) and re.search(pattern, path) for methods, pattern in selectors):
                continue
            operation = item[method]
            rule = {"method": method.upper(), "path": spec.base + path, "spec": spec.name}
            if operation.get("operationId"):
                rule["operationId"] = operation["operationId"]
            query = parameter_rules(spec, compiler, operation, item)
            if query:
                rule["query"] = query
            body = body_rules(spec, compiler, operation)
            if body:
                rule["body"] = body
            out.append(rule)
    return out


def main():
    reference = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference")
    os.makedirs(OUT, exist_ok=True)
    for provider, sources in PROVIDERS.items():
        schemas, owners, operations, specs = {}, {}, [], []
        for file, selectors in sources:
            spec = Spec(os.path.join(reference, file))
            specs.append({"file": spec.name, "sha256": spec.sha256})
            operations += operations_of(spec, Compiler(spec, schemas, owners), selectors, provider)
        for extra in OFF_SPEC.get(provider, []):
            operations.append(dict(extra, spec=None))
        operations.sort(key=lambda op: (op["path"], op["method"]))
        document = {
            "generated": "by scripts/generate-spec-rules.py from the specs below; do not edit, run the script",
            "provider": provider,
            "specs": specs,
            "operations": operations,
            "schemas": dict(sorted(schemas.items())),
        }
        target = os.path.join(OUT, provider + ".json")
        with open(target, "w") as f:
            json.dump(document, f, indent=1, sort_keys=False, ensure_ascii=False)
            f.write("\n")
        print(f"{target}: {len(operations)} operations, {len(schemas)} schemas, {os.path.getsize(target)} bytes")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema (draft-07): validate_schema.py SCHEMA FILE...

Postman's schema sources keep each definition in its own file (SCHEMA's folder/NAME.json, with
"//" comment lines) and refer to them as #/definitions/NAME; they are assembled here the way
Postman's build does before validating.

Prints one line per invalid document with the JSON path of the first error and exits 1 when
any document is invalid, 0 when all are valid, 3 when python3-jsonschema is missing."""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(3)


def load_commented(path):
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.lstrip().startswith("//")]
    return json.loads("".join(lines))


def load_schema(path):
    schema = load_commented(path)
    parts = os.path.splitext(path)[0]
    if "definitions" not in schema and os.path.isdir(parts):
        schema["definitions"] = {}
        for name in sorted(os.listdir(parts)):
            if name.endswith(".json"):
                part = load_commented(os.path.join(parts, name))
                part.pop("$id", None)
                part.pop("$schema", None)
                schema["definitions"][name[:-5]] = part
    schema.pop("$id", None)
    return schema


def main():
    schema = load_schema(sys.argv[1])
    validator = jsonschema.Draft7Validator(schema)
    failed = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            e = errors[0]
            where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
            print(f"{path}: {where}: {e.message[:300]}")
    print(f"validated {len(sys.argv) - 2} documents, {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

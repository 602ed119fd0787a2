"""Peer for `casebook validate`: Python jsonschema (Draft 2020-12, FormatChecker) over PyYAML's C loader.

Validates every file under FOLDER/cases against FOLDER/schema/{case,policy,municipality}.schema.json,
single-threaded, and prints the number of files and of schema errors. Timestamps are left as strings (as
in YAML 1.2 and in casebook), otherwise every `date:` would fail `type: string`.

    python jsonschema_yaml.py FOLDER
"""
import json
import os
import sys

import yaml
from jsonschema import Draft202012Validator, FormatChecker

if not yaml.__with_libyaml__:
    sys.exit("PyYAML was built without libyaml: the C loader is not available")


class Loader(yaml.CSafeLoader):
    pass


Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def main(root):
    checker = FormatChecker()
    validators = {}
    for kind in ("case", "policy", "municipality"):
        with open(os.path.join(root, "schema", kind + ".schema.json"), "rb") as handle:
            validators[kind] = Draft202012Validator(json.load(handle), format_checker=checker)
    files = errors = 0
    for folder, subfolders, names in os.walk(os.path.join(root, "cases")):
        subfolders.sort()
        for name in sorted(names):
            if not name.endswith(".yaml"):
                continue
            kind = {"municipality.yaml": "municipality", "policy.yaml": "policy"}.get(name, "case")
            with open(os.path.join(folder, name), "rb") as handle:
                document = yaml.load(handle, Loader=Loader)
            for error in validators[kind].iter_errors(document):
                errors += 1
                if errors <= 5:
                    print(os.path.join(folder, name), error.message, file=sys.stderr)
            files += 1
    print("files", files, "errors", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

#!/usr/bin/env python3
"""Record what BFCL's own Python classes answer to the multi-turn gold calls.

Usage: record-bfcl.py <gorilla checkout> <output directory>

The checkout is a ShishirPatil/gorilla tree (or just its berkeley-function-call-leaderboard
folder). For every entry of the four multi-turn categories and every class the entry involves,
the script builds the class the way BFCL's executor does, runs the gold calls turn by turn, and
writes one JSON file per class: each call's parsed arguments, the returned value as JSON, the text
BFCL's executor would show the model, and the instance's public state after each turn. The
format is described in docs/bfcl-recorded-format.md. Our TypeScript never evaluates Python; this
script runs BFCL's code locally once, and its output is committed as data.
"""

from __future__ import annotations

import ast
import copy
import hashlib
import importlib
import inspect
import json
import math
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

CLASSES = {
    "GorillaFileSystem": "gorilla_file_system",
    "MathAPI": "math_api",
    "MessageAPI": "message_api",
    "TwitterAPI": "posting_api",
    "TicketAPI": "ticket_api",
    "TradingBot": "trading_bot",
    "TravelAPI": "travel_booking",
    "VehicleControlAPI": "vehicle_control",
}
STATELESS = {"MathAPI"}
CATEGORIES = ["base", "long_context", "miss_func", "miss_param"]
# BFCL's executor refuses these method names before evaluating a call.
REFUSED_NAMES = {"kill", "exit", "quit", "remove", "unlink", "popen", "Popen", "run"}
# A turn's state larger than this (canonical JSON bytes) is stored as a digest only.
INLINE_STATE_LIMIT = 16_384


# ---------------------------------------------------------------- canonical JSON


def js_number(value: float) -> str:
    """Format a finite float exactly as JavaScript's Number#toString does."""
    if value == 0:
        return "0"
    if value < 0:
        return "-" + js_number(-value)
    sign, digits, exponent = Decimal(repr(value)).normalize().as_tuple()
    s = "".join(str(d) for d in digits)
    k = len(s)
    n = exponent + k  # value = 0.s * 10^n
    if k <= n <= 21:
        return s + "0" * (n - k)
    if 0 < n <= 21:
        return s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + s
    e = n - 1
    mantissa = s[0] + ("." + s[1:] if k > 1 else "")
    return f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


def utf16_key(text: str) -> bytes:
    return text.encode("utf-16-be", "surrogatepass")


def canonical(value) -> str:
    """Sorted keys (by UTF-16 code units), no spaces, JS number and string forms."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"non-finite number {value!r} has no canonical form")
        return js_number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=utf16_key)
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in keys) + "}"
    raise TypeError(f"not plain JSON: {type(value).__name__}")


def digest(value) -> str:
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- Python values -> JSON


def to_json(value):
    """Plain-JSON form of a value BFCL's classes hold or return (see the format doc)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if value is Ellipsis:  # WATCH_LIST_EXTENSION in long_context.py ends with a literal `...`
        return {"$python": "Ellipsis"}
    if isinstance(value, float):
        if math.isnan(value):
            return {"$float": "nan"}
        if math.isinf(value):
            return {"$float": "inf" if value > 0 else "-inf"}
        return value
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((to_json(v) for v in value), key=canonical)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if isinstance(key, bool) or not isinstance(key, (str, int, float)):
                raise TypeError(f"dict key of type {type(key).__name__}")
            name = key if isinstance(key, str) else str(key)
            if name in out:
                raise ValueError(f"dict keys collide once written as strings: {name!r}")
            out[name] = to_json(item)
        return out
    cls = type(value).__name__
    if cls == "mpf":  # MathAPI.logarithm returns an mpmath number; keep the digits its repr shows
        return {"$mpf": repr(value)[5:-2]}
    if cls == "Directory":
        return {"$class": "Directory", "name": value.name, "contents": to_json(value.contents)}
    if cls == "File":
        return {"$class": "File", "name": value.name, "content": value.content}
    if hasattr(value, "__dict__"):
        body = {k: to_json(v) for k, v in vars(value).items() if not k.startswith("_")}
        return {"$class": cls, **body}
    raise TypeError(f"cannot write {cls} as JSON")


def public_state(instance) -> dict:
    return {k: to_json(v) for k, v in vars(instance).items() if not k.startswith("_")}


def executor_text(result) -> str:
    """The string BFCL's executor keeps for a call's result (what the model reads)."""
    if type(result) is str:
        return result
    if type(result) is dict:
        try:
            return json.dumps(result)
        except Exception:
            return str(result)
    return str(result)


# ---------------------------------------------------------------- call strings


def literal(node):
    """A Python literal from the AST, with tuples kept apart so the format can say so."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = literal(node.operand)
        if not isinstance(inner, (int, float)) or isinstance(inner, bool):
            raise ValueError("sign applied to a non-number")
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.List):
        return [literal(e) for e in node.elts]
    if isinstance(node, ast.Tuple):
        return tuple(literal(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return {literal(k): literal(v) for k, v in zip(node.keys, node.values)}
    raise ValueError(f"not a literal: {ast.dump(node)}")


def parse_call(text: str):
    tree = ast.parse(text.strip(), mode="eval")
    call = tree.body
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        raise ValueError(f"not a plain function call: {text}")
    args = [literal(a) for a in call.args]
    kwargs = {}
    for kw in call.keywords:
        if kw.arg is None:
            raise ValueError(f"**kwargs in call: {text}")
        kwargs[kw.arg] = literal(kw.value)
    return call.func.id, args, kwargs


# ---------------------------------------------------------------- running BFCL


def load_class(name: str):
    module = importlib.import_module(f"bfcl_eval.eval_checker.multi_turn_eval.func_source_code.{CLASSES[name]}")
    return getattr(module, name)


def fresh_instance(name: str, initial_config: dict, long_context: bool):
    instance = load_class(name)()
    if name not in STATELESS:
        instance._load_scenario(copy.deepcopy(initial_config.get(name, {})), long_context=long_context)
    return instance


def method_owner(instances: dict) -> dict:
    owner = {}
    for cls_name, instance in instances.items():
        for method_name, _ in inspect.getmembers(instance, predicate=inspect.ismethod):
            if not method_name.startswith("_"):
                owner[method_name] = cls_name
    return owner


def run_call(instances: dict, owner: dict, text: str) -> tuple[str, dict]:
    """Run one gold call as BFCL's executor would; return (class name, call record)."""
    name, args, kwargs = parse_call(text)
    record = {"call": text, "name": name}
    cls_name = owner.get(name)
    if cls_name is None:
        raise ValueError(f"no involved class has a method {name!r}: {text}")
    method = getattr(instances[cls_name], name)
    bound = inspect.signature(method).bind(*args, **kwargs)
    record["arguments"] = to_json(dict(bound.arguments))
    if args:
        record["positional"] = len(args)
    if name in REFUSED_NAMES:
        record["output"] = None
        record["error"] = f"Function call {name} is not allowed."
        record["output_text"] = f"Error during execution: {record['error']}"
        return cls_name, record
    try:
        result = method(*copy.deepcopy(args), **copy.deepcopy(kwargs))
    except Exception as exc:  # BFCL turns any exception into an error text
        record["output"] = None
        record["error"] = str(exc)
        record["output_text"] = f"Error during execution: {exc}"
        return cls_name, record
    record["output"] = to_json(result)
    record["output_text"] = executor_text(result)
    return cls_name, record


def record_entry(entry: dict, gold: list, category: str) -> dict:
    long_context = "long_context" in category
    classes = entry["involved_classes"]
    instances = {c: fresh_instance(c, entry["initial_config"], long_context) for c in classes}
    owner = method_owner(instances)
    turns = {c: [] for c in classes}
    for turn_calls in gold:
        calls = {c: [] for c in classes}
        for text in turn_calls:
            cls_name, record = run_call(instances, owner, text)
            calls[cls_name].append(record)
        for c in classes:
            state = public_state(instances[c])
            turn = {"calls": calls[c], "state_sha256": digest(state)}
            if len(canonical(state)) <= INLINE_STATE_LIMIT:
                turn["state"] = state
            turns[c].append(turn)
    return {
        c: {
            "id": entry["id"],
            "category": category,
            "long_context": long_context,
            "initial_config": entry["initial_config"].get(c, {}),
            "turns": turns[c],
        }
        for c in classes
    }


def read_jsonl(path: Path) -> list:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    # TradingBot turns naive datetimes into epoch seconds and back; pin the zone so runs agree.
    os.environ["TZ"] = "UTC"
    time.tzset()
    if len(sys.argv) != 3:
        sys.exit("usage: record-bfcl.py <gorilla checkout> <output directory>")
    checkout = Path(sys.argv[1]).resolve()
    leaderboard = checkout if (checkout / "bfcl_eval").is_dir() else checkout / "berkeley-function-call-leaderboard"
    if not (leaderboard / "bfcl_eval").is_dir():
        sys.exit(f"no bfcl_eval package under {checkout}")
    out_dir = Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(leaderboard))
    data = leaderboard / "bfcl_eval" / "data"

    try:
        commit = subprocess.run(
            ["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except Exception:
        commit = os.environ.get("GORILLA_COMMIT", "unknown")

    per_class = {c: [] for c in CLASSES}
    for category in CATEGORIES:
        entries = read_jsonl(data / f"BFCL_v4_multi_turn_{category}.json")
        answers = {a["id"]: a["ground_truth"] for a in read_jsonl(data / "possible_answer" / f"BFCL_v4_multi_turn_{category}.json")}
        for entry in entries:
            for cls_name, recorded in record_entry(entry, answers[entry["id"]], category).items():
                per_class[cls_name].append(recorded)

    # The long-context constants the classes load, as JSON, for the packages to ship.
    long_context = importlib.import_module("bfcl_eval.eval_checker.multi_turn_eval.func_source_code.long_context")
    constants = {k: to_json(v) for k, v in vars(long_context).items() if k.isupper()}
    (out_dir / "long_context.json").write_text(json.dumps(constants, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    source = {"repo": "ShishirPatil/gorilla", "commit": commit, "license": "Apache-2.0"}
    for cls_name, entries in per_class.items():
        body = {"source": source, "class": cls_name, "entries": entries}
        path = out_dir / f"{cls_name}.json"
        path.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        calls = sum(len(t["calls"]) for e in entries for t in e["turns"])
        print(f"{cls_name}: {len(entries)} entries, {calls} calls, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()

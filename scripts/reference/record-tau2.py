#!/usr/bin/env python3
"""Record what tau2-bench's own domain code answers to every task's gold actions.

Usage:
  record-tau2.py <tau2 checkout> <out dir> [--domain retail|airline] [--db <db.json>]

<tau2 checkout> is a working tree of sierra-research/tau2-bench (it needs src/tau2 and
data/tau2/domains). --db overrides the domain's db.json (some snapshots lack the airline one).

For each task, from a fresh copy of the database, the task's evaluation_criteria.actions run in
order through tau2's Environment.get_response, the path an agent's tool call takes. Each action's
answer is written (next to the action itself, name, arguments and compare_args, so that the
tests need no copy of tasks.json) as:
  {"error": true, "message": "..."}          the call raised; message without tau2's "Error: " prefix
  {"text": "..."}                             the tool returned a string (sent to the agent as is)
  {"digest": "<sha256>"}                      the tool returned a model or a structure
and the task's final database as a digest. Digests are sha256 of the canonical JSON described in
canonical(), which the TypeScript side reproduces (packages/benchmarks/src/tau2/canonical-json.ts).

Only the standard library and pydantic 2 are needed: modules tau2 imports that are irrelevant to
the tools (logging, LLM clients, file formats) are replaced by inert stand-ins.
"""

import argparse
import hashlib
import json
import math
import sys
import types
from pathlib import Path


class _Inert(types.ModuleType):
    """A module whose every attribute is a do-nothing callable/class."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _inert_thing


class _InertThing:
    def __init__(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        return self

    def __getattr__(self, name):
        return self


_inert_thing = _InertThing()


def prepare_imports(checkout: Path) -> None:
    src = checkout / "src"
    sys.path.insert(0, str(src))
    # tau2/__init__.py pulls in the simulation runner; the tools need none of it.
    package = types.ModuleType("tau2")
    package.__path__ = [str(src / "tau2")]
    sys.modules["tau2"] = package
    for name in ("toml", "loguru", "yaml", "dotenv", "litellm", "deepdiff", "addict", "docstring_parser"):
        try:
            __import__(name)
        except ImportError:
            sys.modules[name] = _Inert(name)


def canonical(value) -> str:
    """Sorted keys, no spaces, non-ASCII kept; a float with an integral value is written as an
    integer (10.0 -> 10, as JavaScript cannot tell them apart), other floats as Python's repr."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys())
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in keys) + "}"
    raise TypeError(f"cannot canonicalise {type(value)}")


def digest(value) -> str:
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()


def build(domain: str, db_data: dict):
    from tau2.environment.environment import Environment

    if domain == "retail":
        from tau2.domains.retail.data_model import RetailDB as Db
        from tau2.domains.retail.tools import RetailTools as Tools
    elif domain == "airline":
        from tau2.domains.airline.data_model import FlightDB as Db
        from tau2.domains.airline.tools import AirlineTools as Tools
    else:
        raise SystemExit(f"unsupported domain {domain}")
    tools = Tools(Db.model_validate(db_data))
    return Environment(domain_name=domain, policy="", tools=tools), tools


def record_task(domain: str, db_data: dict, task: dict) -> dict:
    from tau2.data_model.message import ToolCall

    env, tools = build(domain, db_data)
    actions = (task.get("evaluation_criteria") or {}).get("actions") or []
    outputs = []
    for index, action in enumerate(actions):
        call = ToolCall(
            id=f"{task['id']}-{index}",
            name=action["name"],
            arguments=action["arguments"],
            requestor=action.get("requestor", "assistant"),
        )
        message = env.get_response(call)
        if message.error:
            text = message.content
            outputs.append({"error": True, "message": text[len("Error: ") :] if text.startswith("Error: ") else text})
            continue
        # A tool that returns str is sent as is; anything else went through json.dumps.
        if returned_text(domain, action["name"]):
            outputs.append({"text": message.content})
        else:
            outputs.append({"digest": digest(json.loads(message.content))})
    gold = [
        {key: action[key] for key in ("action_id", "name", "arguments", "compare_args", "requestor") if key in action}
        for action in actions
    ]
    return {"id": task["id"], "actions": gold, "outputs": outputs, "final_db": digest(tools.db.model_dump())}


def returned_text(domain: str, tool_name: str) -> bool:
    import typing

    from tau2.environment.environment import Environment  # noqa: F401

    if domain == "retail":
        from tau2.domains.retail.tools import RetailTools as Tools
    else:
        from tau2.domains.airline.tools import AirlineTools as Tools
    hints = typing.get_type_hints(getattr(Tools, tool_name))
    return hints.get("return") is str


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--domain", action="append", choices=["retail", "airline"])
    parser.add_argument("--db", type=Path, help="database to use instead of the domain's db.json")
    args = parser.parse_args()
    if args.db is not None and len(args.domain or []) != 1:
        parser.error("--db replaces one domain's database: give exactly one --domain with it")
    prepare_imports(args.checkout)
    args.out.mkdir(parents=True, exist_ok=True)
    for domain in args.domain or ["retail", "airline"]:
        data_dir = args.checkout / "data" / "tau2" / "domains" / domain
        db_path = args.db if args.db is not None else data_dir / "db.json"
        db_data = json.loads(db_path.read_text())
        tasks = json.loads((data_dir / "tasks.json").read_text())
        records = [record_task(domain, db_data, task) for task in tasks]
        errors = sum(1 for r in records for o in r["outputs"] if o.get("error"))
        calls = sum(len(r["outputs"]) for r in records)
        document = {
            "source": "sierra-research/tau2-bench",
            "domain": domain,
            "initial_db": digest(json.loads(json.dumps(build(domain, db_data)[1].db.model_dump()))),
            "tasks": records,
        }
        (args.out / f"{domain}.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
        print(f"{domain}: {len(records)} tasks, {calls} calls, {errors} errored")


if __name__ == "__main__":
    main()

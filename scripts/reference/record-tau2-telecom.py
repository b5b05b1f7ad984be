#!/usr/bin/env python3
"""Record what tau2-bench's telecom domain answers to every task's gold actions.

Usage:
  record-tau2-telecom.py <tau2 checkout> <out dir> [--tasks <tasks.json> ...]
  record-tau2-telecom.py <tau2 checkout> --export-data <dir>

<tau2 checkout> is a working tree of sierra-research/tau2-bench (src/tau2 and
data/tau2/domains/telecom with db.toml and user_db.toml). Some snapshots lack telecom's
tasks.json: pass a copy with --tasks (each file's tasks are written to <out>/telecom-<stem>.json).

--export-data writes the telecom database and the user's device database as JSON (db.json,
user_db.json: pydantic's JSON dump of the TOML files, every default filled in), which is what
environments/benchmarks/tau2-telecom/data ships.

For each task, from fresh databases, the task's initial_state runs through tau2's
TelecomEnvironment.set_state (initialization_data, then initialization_actions on the agent's or
the user's toolkit, each followed by sync_tools), then its evaluation_criteria.actions through
get_response with their requestor. Recorded per task: the initial_state itself, digests of both
databases after it, each action's answer (as in record-tau2.py: error text, returned text, or a
digest of the returned structure) and digests of both final databases.

tau2's refuel_data names a new draft bill with uuid4(); the recording replaces uuid4 with a
deterministic stand-in, "B" + the new bill's 1-based position in the bills list as 8 hex digits,
which is the rule the fleet environment follows.
"""

import argparse
import importlib.util
import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("record_tau2", HERE / "record-tau2.py")
record_tau2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(record_tau2)
digest = record_tau2.digest


class _CurrentTools:
    tools = None


class _DeterministicUuid:
    """uuid.uuid4 stand-in: hex is the position the next bill will take."""

    @property
    def hex(self):
        return f"{len(_CurrentTools.tools.db.bills) + 1:08x}"


class _UuidModule:
    @staticmethod
    def uuid4():
        return _DeterministicUuid()


def load_databases(checkout: Path):
    from tau2.domains.telecom.data_model import TelecomDB
    from tau2.domains.telecom.user_data_model import TelecomUserDB

    data_dir = checkout / "data" / "tau2" / "domains" / "telecom"
    db = TelecomDB.model_validate(tomllib.loads((data_dir / "db.toml").read_text()))
    user_db = TelecomUserDB.model_validate(tomllib.loads((data_dir / "user_db.toml").read_text()))
    return db, user_db


def build(checkout: Path):
    import tau2.domains.telecom.tools as tools_module
    from tau2.domains.telecom.environment import TelecomEnvironment
    from tau2.domains.telecom.tools import TelecomTools
    from tau2.domains.telecom.user_tools import TelecomUserTools

    tools_module.uuid = _UuidModule
    db, user_db = load_databases(checkout)
    tools = TelecomTools(db)
    user_tools = TelecomUserTools(user_db)
    _CurrentTools.tools = tools
    env = TelecomEnvironment(domain_name="telecom", policy="", tools=tools, user_tools=user_tools)
    # Keep each call's raw return value: a str goes to the agent as is, anything else as JSON.
    raw = {}
    original = env.make_tool_call

    def make_tool_call(tool_name, requestor="assistant", **kwargs):
        raw["value"] = original(tool_name, requestor=requestor, **kwargs)
        return raw["value"]

    env.make_tool_call = make_tool_call
    return env, raw


def dumps(env):
    return (
        digest(env.tools.db.model_dump(mode="json")),
        digest(env.user_tools.db.model_dump(mode="json")),
    )


def record_task(checkout: Path, task: dict) -> dict:
    from tau2.data_model.message import ToolCall
    from tau2.data_model.tasks import EnvFunctionCall, InitializationData

    env, raw = build(checkout)
    initial_state = task.get("initial_state") or {}
    data = initial_state.get("initialization_data")
    init_actions = initial_state.get("initialization_actions")
    env.set_state(
        InitializationData.model_validate(data) if data else None,
        [EnvFunctionCall.model_validate(action) for action in init_actions] if init_actions else None,
        [],
    )
    _CurrentTools.tools = env.tools
    initial_db, initial_user_db = dumps(env)

    actions = (task.get("evaluation_criteria") or {}).get("actions") or []
    outputs = []
    for index, action in enumerate(actions):
        raw.clear()
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
        elif isinstance(raw.get("value"), str):
            outputs.append({"text": message.content})
        else:
            outputs.append({"digest": digest(json.loads(message.content))})
    final_db, final_user_db = dumps(env)
    gold = [
        {key: action[key] for key in ("action_id", "name", "arguments", "compare_args", "requestor") if key in action}
        for action in actions
    ]
    return {
        "id": task["id"],
        "initial_state": {
            "initialization_data": data,
            "initialization_actions": init_actions,
        },
        "initial_db": initial_db,
        "initial_user_db": initial_user_db,
        "actions": gold,
        "outputs": outputs,
        "final_db": final_db,
        "final_user_db": final_user_db,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--tasks", type=Path, action="append", help="a telecom tasks file (default: the checkout's)")
    parser.add_argument("--export-data", type=Path, help="write db.json and user_db.json here and stop")
    args = parser.parse_args()
    record_tau2.prepare_imports(args.checkout)

    if args.export_data is not None:
        db, user_db = load_databases(args.checkout)
        args.export_data.mkdir(parents=True, exist_ok=True)
        for name, model in (("db.json", db), ("user_db.json", user_db)):
            text = json.dumps(model.model_dump(mode="json"), indent=1, ensure_ascii=False)
            (args.export_data / name).write_text(text + "\n")
        print(f"wrote db.json and user_db.json to {args.export_data}")
        return
    if args.out is None:
        parser.error("give an output directory (or --export-data)")

    data_dir = args.checkout / "data" / "tau2" / "domains" / "telecom"
    env, _ = build(args.checkout)
    start_db, start_user_db = dumps(env)
    args.out.mkdir(parents=True, exist_ok=True)
    for tasks_path in args.tasks or [data_dir / "tasks.json"]:
        tasks = json.loads(tasks_path.read_text())
        records = [record_task(args.checkout, task) for task in tasks]
        errors = sum(1 for r in records for o in r["outputs"] if o.get("error"))
        calls = sum(len(r["outputs"]) for r in records)
        document = {
            "source": "sierra-research/tau2-bench",
            "domain": "telecom",
            "tasks_file": tasks_path.name,
            "initial_db": start_db,
            "initial_user_db": start_user_db,
            "tasks": records,
        }
        name = f"telecom-{tasks_path.stem.replace('_', '-')}.json"
        (args.out / name).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} tasks, {calls} calls, {errors} errored")


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    main()

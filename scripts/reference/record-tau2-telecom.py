#!/usr/bin/env python3
"""Record what tau2-bench's telecom domain answers to every task's gold actions.

Usage:
  record-tau2-telecom.py <tau2 checkout> <out dir> [--tasks <tasks.json> ...]
  record-tau2-telecom.py <tau2 checkout> <out dir> --random <episodes> --tasks <tasks.json>
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
digest of the returned structure), digests of both final databases, and the task's env_assertions
with what each assertion function returns (or raises) before and after the actions.

--random writes <out>/telecom-random.json: that many seeded episodes of 12 random calls, agent's and
user's tools mixed, ids sometimes unknown and amounts sometimes invalid, each starting from a random
task's initial_state. The gold actions exercise the happy paths; these also reach the error paths.

tau2's refuel_data names a new draft bill with uuid4(); the recording replaces uuid4 with a
deterministic stand-in, "B" + the new bill's 1-based position in the bills list as 8 hex digits,
which is the rule the fleet environment follows.
"""

import argparse
import importlib.util
import json
import random
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
    from tau2.domains.telecom.user_data_model import PerformanceLevel
    from tau2.domains.telecom.user_tools import TelecomUserTools

    tools_module.uuid = _UuidModule
    # tau2 keeps the VPN's default details in one class-level object that its break_vpn set-up
    # degrades in place, for every later task of the process; each task starts from a fresh one.
    TelecomUserTools.default_vpn_details = TelecomUserTools.default_vpn_details.model_copy(
        update={"server_performance": PerformanceLevel.EXCELLENT}
    )
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


def random_actions(db: dict, rnd: random.Random, count: int) -> list:
    """Random calls on the shipped database: ids mostly real, sometimes not."""
    customers = [c["customer_id"] for c in db["customers"]]
    lines = [line["line_id"] for line in db["lines"]]
    bills = [b["bill_id"] for b in db["bills"]]
    ids = customers + lines + bills + [d["device_id"] for d in db["devices"]] + [p["plan_id"] for p in db["plans"]]
    phones = [c["phone_number"] for c in db["customers"]] + [line["phone_number"] for line in db["lines"]]

    def cid():
        return rnd.choice(customers) if rnd.random() < 0.9 else "C9999"

    def owner():
        c = cid()
        own = next((x["line_ids"] for x in db["customers"] if x["customer_id"] == c), [])
        line = rnd.choice(own) if own and rnd.random() < 0.8 else rnd.choice(lines + ["L9999"])
        return {"customer_id": c, "line_id": line}

    def person():
        c = rnd.choice(db["customers"])
        name = rnd.choice([c["full_name"], c["full_name"].upper(), "Nobody Here"])
        return {"full_name": name, "dob": rnd.choice([c["date_of_birth"], "2000-01-01"])}

    agent = [
        lambda: ("get_customer_by_phone", {"phone_number": rnd.choice(phones + ["555-000-0000"])}),
        lambda: ("get_customer_by_id", {"customer_id": cid()}),
        lambda: ("get_customer_by_name", person()),
        lambda: ("get_details_by_id", {"id": rnd.choice(ids + ["X1", "L9999", "B9999"])}),
        lambda: ("suspend_line", {**owner(), "reason": "travel"}),
        lambda: ("resume_line", owner()),
        lambda: ("get_bills_for_customer", {"customer_id": cid(), "limit": rnd.choice([1, 2, 12])}),
        lambda: ("send_payment_request", {"customer_id": cid(), "bill_id": rnd.choice(bills + ["B9999"])}),
        lambda: ("get_data_usage", owner()),
        lambda: ("enable_roaming", owner()),
        lambda: ("disable_roaming", owner()),
        lambda: ("refuel_data", {**owner(), "gb_amount": rnd.choice([0.0, -1.0, 0.5, 1.0, 2.0, 3.7])}),
        lambda: ("transfer_to_human_agents", {"summary": "help"}),
    ]
    no_args = [
        "check_status_bar", "check_network_status", "check_network_mode_preference", "run_speed_test",
        "toggle_airplane_mode", "check_sim_status", "reseat_sim_card", "toggle_data", "toggle_roaming",
        "check_data_restriction_status", "toggle_data_saver_mode", "check_apn_settings", "reset_apn_settings",
        "check_wifi_status", "toggle_wifi", "check_wifi_calling_status", "toggle_wifi_calling", "check_vpn_status",
        "connect_vpn", "disconnect_vpn", "check_installed_apps", "can_send_mms", "reboot_device",
        "check_payment_request", "make_payment",
    ]
    apps = ["messaging", "browser", "camera"]
    user = [(lambda name=name: (name, {})) for name in no_args] + [
        lambda: ("set_network_mode_preference", {"mode": rnd.choice(["4g_5g_preferred", "4g_only", "3g_only", "2g_only", "lte"])}),
        lambda: ("check_app_status", {"app_name": rnd.choice(apps)}),
        lambda: ("check_app_permissions", {"app_name": rnd.choice(apps)}),
        lambda: ("grant_app_permission", {"app_name": rnd.choice(apps), "permission": rnd.choice(["sms", "storage", "SMS", "camera"])}),
        lambda: ("set_apn_settings", {"apn_settings": {"apn_name": rnd.choice(["internet", "broken"]), "reset_at_reboot": rnd.random() < 0.5, "mmsc_url": rnd.choice([None, "http://mms.example/x"])}}),
    ]
    actions = []
    for _ in range(count):
        side = "assistant" if rnd.random() < 0.5 else "user"
        name, arguments = rnd.choice(agent if side == "assistant" else user)()
        actions.append({"name": name, "arguments": arguments, "requestor": side})
    return actions


def assertion_results(env, assertions: list) -> list:
    """Each env assertion's function run on the world as it is: its return value, or what it raised."""
    from tau2.data_model.tasks import EnvFunctionCall

    results = []
    for assertion in assertions:
        call = {key: assertion[key] for key in ("env_type", "func_name", "arguments")}
        try:
            results.append({"result": env.run_env_function_call(EnvFunctionCall.model_validate(call))})
        except Exception as error:  # noqa: BLE001 - recorded, whatever it is
            results.append({"error": str(error)})
    return results


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
    assertions = (task.get("evaluation_criteria") or {}).get("env_assertions") or []
    assertions_initial = assertion_results(env, assertions)

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
    assertions_final = assertion_results(env, assertions)
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
        "env_assertions": assertions,
        "assertions_initial": assertions_initial,
        "assertions_final": assertions_final,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--tasks", type=Path, action="append", help="a telecom tasks file (default: the checkout's)")
    parser.add_argument("--export-data", type=Path, help="write db.json and user_db.json here and stop")
    parser.add_argument("--random", type=int, metavar="EPISODES", help="record seeded random episodes instead")
    parser.add_argument("--seed", type=int, default=2025)
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
    if args.random is not None:
        rnd = random.Random(args.seed)
        tasks = [task for path in args.tasks or [data_dir / "tasks.json"] for task in json.loads(path.read_text())]
        db_json = load_databases(args.checkout)[0].model_dump(mode="json")
        episodes = []
        for index in range(args.random):
            task = rnd.choice(tasks)
            episode = {
                "id": f"random-{index}",
                "initial_state": task.get("initial_state"),
                "evaluation_criteria": {
                    "actions": random_actions(db_json, rnd, 12),
                    "env_assertions": (task.get("evaluation_criteria") or {}).get("env_assertions"),
                },
            }
            episodes.append(record_task(args.checkout, episode))
        errors = sum(1 for r in episodes for o in r["outputs"] if o.get("error"))
        document = {"source": "sierra-research/tau2-bench", "domain": "telecom", "seed": args.seed,
                    "initial_db": start_db, "initial_user_db": start_user_db, "tasks": episodes}
        (args.out / "telecom-random.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
        print(f"telecom-random.json: {len(episodes)} episodes, {12 * len(episodes)} calls, {errors} errored")
        return
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

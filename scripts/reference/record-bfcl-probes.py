#!/usr/bin/env python3
"""Record BFCL's own answers to seeded random call sequences (beyond the gold answers).

Usage: record-bfcl-probes.py <gorilla checkout> <output directory>

The gold answers mostly walk happy paths; these probes also reach error branches, odd names and
repeated actions. For GorillaFileSystem, MathAPI, MessageAPI and TwitterAPI, 80 sequences of 10
calls each are drawn from a fixed seed over names that exist, names that do not, and edge values,
run on BFCL's classes, and written in the format of record-bfcl.py (docs/bfcl-recorded-format.md),
category "probe", one call per turn. Deterministic: the same checkout gives the same files.
"""

import importlib.util
import json
import random
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("record_bfcl", here / "record-bfcl.py")
recorder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(recorder)

checkout = Path(sys.argv[1]).resolve()
leaderboard = checkout if (checkout / "bfcl_eval").is_dir() else checkout / "berkeley-function-call-leaderboard"
sys.path.insert(0, str(leaderboard))
out_dir = Path(sys.argv[2])
out_dir.mkdir(parents=True, exist_ok=True)

FS_CONFIG = {
    "root": {
        "home": {
            "type": "directory",
            "contents": {
                "docs": {
                    "type": "directory",
                    "contents": {
                        "a.txt": {"type": "file", "content": "beta\nalpha\r\ngamma beta\n\nzeta"},
                        "b.txt": {"type": "file", "content": "beta\nALPHA\nextra line"},
                        "deep": {"type": "directory", "contents": {"c.md": {"type": "file", "content": "é ü 😀 text"}}},
                    },
                },
                "empty": {"type": "directory", "contents": {}},
                "notes.txt": {"type": "file", "content": "one two  three\tfour"},
                ".hidden": {"type": "file", "content": "h"},
            },
        }
    }
}
FS_NAMES = ["docs", "empty", "notes.txt", ".hidden", "a.txt", "b.txt", "deep", "c.md", "new", "new.txt", "x", "..", ".", "/", "bad|name", "docs/deep", ""]


def fs_call(r):
    n = lambda: r.choice(FS_NAMES)
    method = r.choice(["pwd", "ls", "cd", "cd", "cd", "mkdir", "touch", "echo", "cat", "find", "wc", "sort", "grep", "du", "tail", "diff", "mv", "rm", "rmdir", "cp"])
    args = {
        "pwd": {}, "ls": {"a": r.choice([True, False])}, "cd": {"folder": n()}, "mkdir": {"dir_name": n()}, "touch": {"file_name": n()},
        "echo": {"content": r.choice(["hi", "line1\nline2", ""]), "file_name": r.choice([None, n(), n()])},
        "cat": {"file_name": n()}, "find": {"path": r.choice([".", "/", "docs", "docs/", "/home", "nope", "docs/deep"]), "name": r.choice([None, "a", ".txt", "zz"])},
        "wc": {"file_name": n(), "mode": r.choice(["l", "w", "c", "q"])}, "sort": {"file_name": n()}, "grep": {"file_name": n(), "pattern": r.choice(["beta", "a", "zz", ""])},
        "du": {"human_readable": r.choice([True, False])}, "tail": {"file_name": n(), "lines": r.choice([1, 2, 10, 0, -1])},
        "diff": {"file_name1": n(), "file_name2": n()}, "mv": {"source": n(), "destination": n()}, "rm": {"file_name": n()}, "rmdir": {"dir_name": n()},
        "cp": {"source": n(), "destination": n()},
    }[method]
    # cp of a directory into itself builds a directory that contains itself (endless in BFCL, refused here).
    if method == "cp" and args["source"] == args["destination"]:
        return fs_call(r)
    return method, args


MSG_USERS = ["Alice", "Bob", "Eve", "Zed"]
MSG_IDS = ["USR001", "USR002", "USR003", "USR005", "USR999"]


def msg_call(r):
    method = r.choice(["list_users", "get_user_id", "message_login", "message_login", "message_get_login_status", "send_message", "send_message", "delete_message", "view_messages_sent", "add_contact", "search_messages", "get_message_stats"])
    args = {
        "list_users": {}, "get_user_id": {"user": r.choice(MSG_USERS)}, "message_login": {"user_id": r.choice(MSG_IDS)}, "message_get_login_status": {},
        "send_message": {"receiver_id": r.choice(MSG_IDS), "message": r.choice(["Hello", "Could you upload the file?", "budget"])},
        "delete_message": {"receiver_id": r.choice(MSG_IDS)}, "view_messages_sent": {}, "add_contact": {"user_name": r.choice(MSG_USERS)},
        "search_messages": {"keyword": r.choice(["upload", "HELLO", "zz", ""])}, "get_message_stats": {},
    }[method]
    return method, args


TW_USERS = ["john", "alice", "bob", "zed"]


def tw_call(r):
    method = r.choice(["authenticate_twitter", "authenticate_twitter", "posting_get_login_status", "post_tweet", "post_tweet", "retweet", "comment", "mention", "follow_user", "list_all_following", "unfollow_user", "get_tweet", "get_user_tweets", "search_tweets", "get_tweet_comments", "get_user_stats"])
    tid = lambda: r.choice([0, 1, 2, 5, -1])
    args = {
        "authenticate_twitter": {"username": r.choice(["john", "bob"]), "password": r.choice(["john123", "bad"])}, "posting_get_login_status": {},
        "post_tweet": {"content": r.choice(["Road trip!", "hello world"]), **({"tags": ["#Trip"]} if r.random() < 0.5 else {}), **({"mentions": ["@bob"]} if r.random() < 0.5 else {})},
        "retweet": {"tweet_id": tid()}, "comment": {"tweet_id": tid(), "comment_content": "nice"}, "mention": {"tweet_id": tid(), "mentioned_usernames": ["@x"]},
        "follow_user": {"username_to_follow": r.choice(TW_USERS)}, "list_all_following": {}, "unfollow_user": {"username_to_unfollow": r.choice(TW_USERS)},
        "get_tweet": {"tweet_id": tid()}, "get_user_tweets": {"username": r.choice(TW_USERS)}, "search_tweets": {"keyword": r.choice(["trip", "#trip", "HELLO", "zz"])},
        "get_tweet_comments": {"tweet_id": tid()}, "get_user_stats": {"username": r.choice(TW_USERS)},
    }[method]
    return method, args


TW_CONFIG = {"username": "john", "password": "john123", "tweets": {"0": {"id": 0, "username": "john", "content": "First ROAD trip", "tags": ["#trip"], "mentions": []}, "1": {"id": 1, "username": "alice", "content": "hello", "tags": [], "mentions": ["@john"]}}, "tweet_counter": 2}


def math_call(r):
    x = lambda: r.choice([0, 1, -3, 2.5, 10, 1e-3, 12345.678, 7])
    method = r.choice(["logarithm", "mean", "standard_deviation", "si_unit_conversion", "imperial_si_conversion", "add", "subtract", "multiply", "divide", "power", "absolute_value", "round_number", "percentage", "min_value", "max_value", "sum_values"])
    nums = lambda: r.choice([[], [1, 2, 3], [2.5, -1, 10], [7]])
    args = {
        "logarithm": {"value": r.choice([2, 10, 100, 0.5, 630.0]), "base": r.choice([2, 10, 3]), "precision": r.choice([1, 3, 5, 8, 10])},
        "mean": {"numbers": nums()}, "standard_deviation": {"numbers": nums()},
        "si_unit_conversion": {"value": x(), "unit_in": r.choice(["km", "m", "nm", "ft"]), "unit_out": r.choice(["cm", "um", "mi"])},
        "imperial_si_conversion": {"value": x(), "unit_in": r.choice(["celsius", "fahrenheit", "kg", "miles"]), "unit_out": r.choice(["fahrenheit", "celsius", "lb", "km", "kg"])},
        "add": {"a": x(), "b": x()}, "subtract": {"a": x(), "b": x()}, "multiply": {"a": x(), "b": x()}, "divide": {"a": x(), "b": x()},
        "power": {"base": r.choice([2, 3, 2.5, 10]), "exponent": r.choice([0, 1, 3, -2, 0.5])}, "absolute_value": {"number": x()},
        "round_number": {"number": r.choice([2.675, 1.5, 2.5, -0.125, 1234.5678]), "decimal_places": r.choice([0, 1, 2])},
        "percentage": {"part": x(), "whole": x()}, "min_value": {"numbers": nums()}, "max_value": {"numbers": nums()}, "sum_values": {"numbers": nums()},
    }[method]
    return method, args


PLANS = {
    "GorillaFileSystem": (fs_call, [FS_CONFIG]),
    "MessageAPI": (msg_call, [{}, {"current_user": "USR001"}]),
    "TwitterAPI": (tw_call, [TW_CONFIG, {}]),
    "MathAPI": (math_call, [{}]),
}


def call_text(method, args):
    return f"{method}(" + ", ".join(f"{k}={v!r}" for k, v in args.items()) + ")"


for class_name, (draw, configs) in PLANS.items():
    r = random.Random(f"bfcl-probes-{class_name}")
    entries = []
    for index in range(80):
        config = configs[index % len(configs)]
        gold = [[call_text(*draw(r))] for _ in range(10)]
        entry = {"id": f"probe_{class_name}_{index}", "initial_config": {class_name: config}, "involved_classes": [class_name]}
        try:
            recorded = recorder.record_entry(entry, gold, "probe")[class_name]
        except (RecursionError, ValueError, TypeError) as exc:
            # A state BFCL cannot write as JSON (see the package READMEs): left out, and counted.
            print(f"skipped {entry['id']}: {type(exc).__name__}", file=sys.stderr)
            continue
        # Digests for every turn, the state itself for the last one: enough to locate a difference.
        for turn in recorded["turns"][:-1]:
            turn.pop("state", None)
        entries.append(recorded)
    body = {"source": {"repo": "ShishirPatil/gorilla", "commit": "6ea57973c7a6097fd7c5915698c54c17c5b1b6c8", "license": "Apache-2.0"}, "class": class_name, "entries": entries}
    path = out_dir / f"{class_name}.json"
    path.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    errors = sum(1 for e in entries for t in e["turns"] for c in t["calls"] if "error" in c)
    print(class_name, len(entries), "entries,", errors, "raised,", path.stat().st_size, "bytes")

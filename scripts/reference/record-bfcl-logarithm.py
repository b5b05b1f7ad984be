#!/usr/bin/env python3
"""Record what BFCL's MathAPI.logarithm answers over a grid of values, bases and precisions.

Usage: record-bfcl-logarithm.py <gorilla checkout> <output json>

BFCL computes the logarithm with mpmath at mp.dps = precision and shows the model the mpf's repr.
Our TypeScript reproduces mpmath's binary precision and repr layout; this grid (run once, committed)
is what its test compares with. Entries: [value, base, precision, repr digits or {"error": text}].
"""

import json
import sys
from pathlib import Path

checkout = Path(sys.argv[1]).resolve()
leaderboard = checkout if (checkout / "bfcl_eval").is_dir() else checkout / "berkeley-function-call-leaderboard"
sys.path.insert(0, str(leaderboard))
from bfcl_eval.eval_checker.multi_turn_eval.func_source_code.math_api import MathAPI  # noqa: E402

api = MathAPI()
values = [1, 2, 3, 7, 10, 20, 36, 100, 630.0, 980.0, 1000, 1024, 0.5, 0.001, 12345.678, 1e-9, 7.5e12, 0]
bases = [2, 3, 6.0, 10, 20, 0.5, 2.718281828459045, 1]
rows = []
for precision in [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 15]:
    for value in values:
        for base in bases:
            result = api.logarithm(value, base, precision)
            if "error" in result:
                rows.append([value, base, precision, {"error": result["error"]}])
            else:
                rows.append([value, base, precision, repr(result["result"])[5:-2]])
Path(sys.argv[2]).write_text(json.dumps({"source": "ShishirPatil/gorilla math_api.py (Apache-2.0), mpmath " + __import__("mpmath").__version__, "rows": rows}, separators=(",", ":")) + "\n")
print(len(rows), "rows")

"""EnvFactory's per-rollout path for one Retail episode, timed with Python's own clock.

Run by bench/figures/reference-episode.mjs; not a test and not part of envfleet. It loads the
reference server module (EnvFactory's envs/tools/Retail.py, never copied into this repository) and
runs each episode the way EnvFactory's VeRL manager drives a rollout: a fresh API instance, then
load_scenario, the rollout's tool calls, and save_scenario.

The reference module imports `mcp.server.fastmcp`, which is not installed here (and there is no
package index to install it from). A few lines below stand in for it: `FastMCP(...).tool()` only
records the decorated function, so the module loads and each tool function is then called directly
with its arguments, as FastMCP calls it once a request is decoded. What the stand-in leaves out —
JSON-RPC framing, FastMCP's argument model and the stdio transport — would only add to the
reference's time, so the figure errs in the reference's favour.

Input (stdin, JSON): {"module": path to Retail.py, "scenario": {...}, "calls": [{"name", "arguments"}],
"warmup": n, "rounds": n}. Output (stdout, JSON): per-episode samples in microseconds, the
per-phase samples, and the state saved by the last episode (for the caller's cross-check).
"""

import copy
import importlib.util
import json
import sys
import time
import types


def stub_fastmcp():
    """Registers a decorator-only `mcp.server.fastmcp` so the reference module imports."""

    class FastMCP:
        def __init__(self, name=None, *args, **kwargs):
            self.name = name
            self.tools = {}

        def tool(self, *args, **kwargs):
            def register(fn):
                self.tools[fn.__name__] = fn
                return fn

            return register

        def run(self, *args, **kwargs):
            raise RuntimeError("the benchmark's FastMCP stand-in cannot serve")

    for name in ("mcp", "mcp.server", "mcp.server.fastmcp"):
        sys.modules[name] = types.ModuleType(name)
    sys.modules["mcp.server.fastmcp"].FastMCP = FastMCP


def load_reference(path):
    stub_fastmcp()
    spec = importlib.util.spec_from_file_location("envfactory_retail", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def episode(module, tools, scenario, calls):
    """One rollout; returns (load µs, [call µs], save µs, saved state)."""
    clock = time.perf_counter
    start = clock()
    # A fresh instance per rollout: the tool functions read the module's `api` at call time.
    module.api = module.RetailAPI()
    tools["load_scenario"](scenario=scenario)
    loaded = clock()
    call_times = []
    for call in calls:
        before = clock()
        # Tool names arrive as "<server>-<tool>" in a rollout; the manager strips the server.
        tools[call["name"].split("-", 1)[-1]](**call["arguments"])
        call_times.append((clock() - before) * 1e6)
    before_save = clock()
    saved = tools["save_scenario"]()
    end = clock()
    return (loaded - start) * 1e6, call_times, (end - before_save) * 1e6, (end - start) * 1e6, saved


def main():
    request = json.load(sys.stdin)
    module = load_reference(request["module"])
    tools = module.mcp.tools
    scenario = request["scenario"]
    calls = request["calls"]
    pristine = copy.deepcopy(scenario)
    samples = {"episode": [], "load": [], "call": [], "save": []}
    saved = None
    for round_index in range(request["warmup"] + request["rounds"]):
        load, call_times, save, total, saved = episode(module, tools, scenario, calls)
        if round_index < request["warmup"]:
            continue
        samples["episode"].append(total)
        samples["load"].append(load)
        samples["call"].extend(call_times)
        samples["save"].append(save)
    # Every episode must start from the same world: the reference must not have written through
    # to the caller's scenario, or later episodes would have measured different work.
    if scenario != pristine:
        raise SystemExit("reference: load_scenario shares the caller's scenario; episodes are not independent")
    json.dump(
        {
            "python": sys.version.split()[0],
            "pydantic": __import__("pydantic").VERSION,
            "samples": samples,
            "saved": saved,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()

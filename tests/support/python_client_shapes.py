"""Prints, as JSON, the wire shapes the Python client (clients/python) assumes, read from its source
files (given as arguments) with the standard library's parser: its TypedDicts, the keys of the
bodies it sends, the keys it reads from answers, and the routes it requests (`Route(method, path,
body)` in its route module). tests/python-client-contract.test.ts compares them with
@envfleet/contract, since Python cannot import the TypeScript types."""
import ast
import json
import sys

tree = ast.Module(body=[], type_ignores=[])
for source in sys.argv[1:]:
    tree.body.extend(ast.parse(open(source, encoding="utf-8").read()).body)


def string_keys(node):
    return [key.value for key in node.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)]


typed_dicts = {}
for node in tree.body:
    if not isinstance(node, ast.ClassDef):
        continue
    bases = [base.id for base in node.bases if isinstance(base, ast.Name)]
    if "TypedDict" not in bases and not any(base in typed_dicts for base in bases):
        continue
    total = all(not (kw.arg == "total" and isinstance(kw.value, ast.Constant) and kw.value.value is False) for kw in node.keywords)
    fields = {}
    for base in bases:
        fields.update(typed_dicts.get(base, {}))
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            fields[item.target.id] = total
    typed_dicts[node.name] = fields


def path_of(node):
    """A request path with `{}` for each parameter; None when it is not a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_episode_path", "episode_path"):
        return "/v1/episodes/{}"
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(value.value)
            else:
                inner = path_of(value.value)
                parts.append(inner if inner is not None else "{}")
        return "".join(parts)
    return None


body_keys = {}
read_keys = set()
requests = []
for function in ast.walk(tree):
    if not isinstance(function, ast.FunctionDef):
        continue
    keys = body_keys.setdefault(function.name, [])
    for node in ast.walk(function):
        # body["tau"] = ... and {"calls": ...} passed to _request: keys of bodies sent.
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id == "body":
                    if isinstance(target.slice, ast.Constant):
                        keys.append(target.slice.value)
            if isinstance(node.value, ast.Dict) and any(isinstance(t, ast.Name) and t.id == "body" for t in node.targets):
                keys.extend(string_keys(node.value))
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "body":
            if isinstance(node.value, ast.Dict):
                keys.extend(string_keys(node.value))
        is_route = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Route"
        if is_route or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "_request"):
            args = node.args
            if len(args) >= 2 and isinstance(args[0], ast.Constant):
                path = path_of(args[1])
                # The route is the path; a query string after it is the route's parameters.
                requests.append({"method": args[0].value, "path": path.split("?")[0] if path else path})
            if len(args) >= 3:
                for candidate in ast.walk(args[2]):
                    if isinstance(candidate, ast.Dict):
                        keys.extend(string_keys(candidate))
        # reset["episodeId"], answer.get("mcpUrl"): keys read from answers.
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and isinstance(node.slice, ast.Constant):
            reader = node.value.id if isinstance(node.value, ast.Name) else None
            if isinstance(node.slice.value, str) and reader not in ("body", "List", "Dict", "Optional", "Sequence", "Mapping"):
                read_keys.add(node.slice.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" and node.args:
            if isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                read_keys.add(node.args[0].value)

print(json.dumps({
    "typedDicts": typed_dicts,
    "bodyKeys": {name: sorted(set(keys)) for name, keys in body_keys.items() if keys},
    "readKeys": sorted(read_keys),
    "requests": requests,
}))

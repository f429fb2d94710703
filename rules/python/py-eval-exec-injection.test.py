import ast
import json


def calculate(request):
    expr = request.args.get("expr", "0")
    # ruleid: py-eval-exec-injection
    return str(eval(expr))


def apply_filter(rows, field, op, value):
    # ruleid: py-eval-exec-injection
    return [r for r in rows if eval(f"r[{field!r}] {op} {value}")]


def run_plugin(source_code):
    namespace = {"__builtins__": {}}
    # ruleid: py-eval-exec-injection
    exec(source_code, namespace)
    return namespace


def parse_settings(text):
    # ok: py-eval-exec-injection
    return ast.literal_eval(text)


def parse_payload(body):
    # ok: py-eval-exec-injection
    return json.loads(body)


def version_tuple():
    # ok: py-eval-exec-injection
    return eval("(3, 11)")


def evaluate_model(model, loader):
    # ok: py-eval-exec-injection
    model.eval()
    return [model(x) for x in loader]

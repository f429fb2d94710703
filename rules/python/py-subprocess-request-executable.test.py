import os
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)

TOOLS = {"uptime": ["/usr/bin/uptime"], "disk": ["/bin/df", "-h"]}


@app.route("/run", methods=["POST"])
def run_tool():
    # ruleid: py-subprocess-request-executable
    out = subprocess.run([request.form["tool"], "--version"], capture_output=True, text=True)
    return out.stdout


@app.route("/convert")
def convert():
    # ruleid: py-subprocess-request-executable
    return subprocess.check_output(request.args.get("converter"))


def debug_view(request):
    # ruleid: py-subprocess-request-executable
    proc = subprocess.Popen(["--list"], executable=request.GET["bin"], stdout=subprocess.PIPE)
    return proc.communicate()[0]


@app.route("/exec")
def exec_tool():
    # ruleid: py-subprocess-request-executable
    os.execv(request.args["path"], ["tool"])


@app.route("/tool")
def run_allowed_tool():
    cmd = TOOLS.get(request.args.get("name"))
    if cmd is None:
        abort(404)
    # ok: py-subprocess-request-executable
    return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    # ok: py-subprocess-request-executable
    subprocess.run(["/usr/bin/convert", "--", request.form["image_id"] + ".png", "thumb.png"], check=True)
    return "ok"


@app.route("/ping")
def ping():
    # ok: py-subprocess-request-executable
    return subprocess.run(["ping", "-c", "1", request.args["host"]], capture_output=True).stdout

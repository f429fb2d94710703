import os
import shutil
from pathlib import Path

from django.http import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
REPORTS = "/srv/app/reports"
UPLOADS = Path("/srv/app/uploads")


@app.route("/reports")
def download_report():
    # ruleid: py-path-traversal-request
    return send_file(os.path.join(REPORTS, request.args["name"]))


@app.route("/notes/<user>")
def read_note(user):
    # ruleid: py-path-traversal-request
    with open(f"/srv/app/notes/{user}/{request.args.get('note')}.txt") as f:
        return f.read()


@app.route("/upload", methods=["POST"])
def upload():
    # ruleid: py-path-traversal-request
    request.files["doc"].save(os.path.join(UPLOADS, request.files["doc"].filename))
    return "ok"


@app.route("/attachments", methods=["DELETE"])
def delete_attachment():
    # ruleid: py-path-traversal-request
    (UPLOADS / request.form["path"]).unlink()
    return "", 204


def invoice_pdf(request):
    # ruleid: py-path-traversal-request
    return FileResponse(open(os.path.join("/srv/invoices", request.GET["file"]), "rb"))


@app.route("/static-report")
def static_report():
    # ok: py-path-traversal-request
    return send_from_directory(REPORTS, request.args["name"])


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    f = request.files["doc"]
    # ok: py-path-traversal-request
    f.save(os.path.join(UPLOADS, secure_filename(request.files["doc"].filename)))
    return "ok"


@app.route("/avatar")
def avatar():
    # ok: py-path-traversal-request
    return send_file(os.path.join(REPORTS, "avatars", os.path.basename(request.args["id"]) + ".png"))


@app.route("/export")
def export_csv():
    # ok: py-path-traversal-request
    return send_file(build_export(), mimetype="text/csv", download_name=request.args.get("filename", "export.csv"))


def cleanup(job):
    # ok: py-path-traversal-request
    shutil.rmtree(os.path.join("/tmp/jobs", job.id))


@app.route("/logs")
def logs():
    name = request.args["log"]
    # todoruleid: py-path-traversal-request
    return send_file(os.path.join("/var/log/app", name))

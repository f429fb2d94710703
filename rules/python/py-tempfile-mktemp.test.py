import os
import subprocess
import tempfile
from tempfile import mktemp


def render_pdf(html):
    # ruleid: py-tempfile-mktemp
    out = tempfile.mktemp(suffix=".pdf")
    subprocess.run(["wkhtmltopdf", "-", out], input=html.encode(), check=True)
    return out


def dump_state(state):
    # ruleid: py-tempfile-mktemp
    path = mktemp(prefix="state-", dir="/tmp")
    with open(path, "w") as f:
        f.write(state)
    return path


def render_pdf_safe(html):
    # ok: py-tempfile-mktemp
    fd, out = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    subprocess.run(["wkhtmltopdf", "-", out], input=html.encode(), check=True)
    return out


def dump_state_safe(state):
    # ok: py-tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", prefix="state-", delete=False) as f:
        f.write(state)
        return f.name


def workdir():
    # ok: py-tempfile-mktemp
    return tempfile.mkdtemp(prefix="job-")

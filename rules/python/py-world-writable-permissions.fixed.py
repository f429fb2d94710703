import os
import stat
from pathlib import Path

UPLOAD_DIR = Path("/srv/app/uploads")


def prepare_upload_dir():
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    # ruleid: py-world-writable-permissions
    os.chmod(UPLOAD_DIR, 0o755)


def write_config(path, text):
    with open(path, "w") as f:
        f.write(text)
    # ruleid: py-world-writable-permissions
    Path(path).chmod(0o644)


def make_shared(path):
    # ruleid: py-world-writable-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def make_writable(path):
    # ruleid: py-world-writable-permissions
    os.chmod(path, mode=0o772)


def install_script(path):
    # ok: py-world-writable-permissions
    os.chmod(path, 0o755)


def store_key(path):
    # ok: py-world-writable-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def shared_scratch(path):
    # ok: py-world-writable-permissions
    os.chmod(path, 0o1777)


def make_dir(path):
    # ok: py-world-writable-permissions
    os.makedirs(path, mode=0o777, exist_ok=True)

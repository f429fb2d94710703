import tarfile
import tempfile
import zipfile

import requests


def install_plugin(upload, plugins_dir):
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        # ruleid: py-tarfile-extractall-unfiltered
        tar.extractall(plugins_dir)


def fetch_dataset(url):
    resp = requests.get(url, stream=True, timeout=30)
    target = tempfile.mkdtemp()
    # ruleid: py-tarfile-extractall-unfiltered
    tarfile.open(fileobj=resp.raw, mode="r|*").extractall(path=target, members=None)
    return target


def unpack_here(path):
    archive = tarfile.open(path)
    # ruleid: py-tarfile-extractall-unfiltered
    archive.extractall()
    archive.close()


def install_plugin_safe(upload, plugins_dir):
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        # ok: py-tarfile-extractall-unfiltered
        tar.extractall(plugins_dir, filter="data")


def unpack_zip(path, dest):
    with zipfile.ZipFile(path) as zf:
        # ok: py-tarfile-extractall-unfiltered
        zf.extractall(dest)


def _safe_members(tar, dest):
    for member in tar.getmembers():
        if is_within(dest, member.name) and not (member.issym() or member.islnk()):
            yield member


def unpack_checked(path, dest):
    with tarfile.open(path) as tar:
        # ok: py-tarfile-extractall-unfiltered
        tar.extractall(dest, members=_safe_members(tar, dest))


def unpack_trusted(path, dest):
    with tarfile.open(path) as tar:
        # ok: py-tarfile-extractall-unfiltered
        tar.extractall(dest, filter=tarfile.tar_filter)


def unpack_any(path, dest):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            zf.extractall(dest)
    else:
        with tarfile.open(path) as tf:
            # todoruleid: py-tarfile-extractall-unfiltered
            tf.extractall(dest)

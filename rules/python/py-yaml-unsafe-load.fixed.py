import yaml
from yaml import FullLoader


def load_config(path):
    with open(path) as f:
        # ruleid: py-yaml-unsafe-load
        return yaml.safe_load(f)


def parse_manifest(body):
    # ruleid: py-yaml-unsafe-load
    return yaml.safe_load(body)


def parse_documents(stream):
    # ruleid: py-yaml-unsafe-load
    return list(yaml.safe_load_all(stream))


def parse_upload(upload):
    # ruleid: py-yaml-unsafe-load
    return yaml.load(upload.read(), Loader=yaml.SafeLoader)


def parse_full(text):
    # ruleid: py-yaml-unsafe-load
    return yaml.load(text, Loader=FullLoader)


def parse_positional(text):
    # ruleid: py-yaml-unsafe-load
    return yaml.load(text, yaml.SafeLoader)


def load_config_safe(path):
    with open(path) as f:
        # ok: py-yaml-unsafe-load
        return yaml.safe_load(f)


def parse_upload_safe(upload):
    # ok: py-yaml-unsafe-load
    return yaml.load(upload.read(), Loader=yaml.CSafeLoader)


def parse_documents_safe(stream):
    # ok: py-yaml-unsafe-load
    return list(yaml.load_all(stream, Loader=yaml.SafeLoader))


def dump(data):
    # ok: py-yaml-unsafe-load
    return yaml.dump(data, Dumper=yaml.SafeDumper)

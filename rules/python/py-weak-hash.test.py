import os
import hashlib
import hmac
from hashlib import md5


def password_digest(password, salt):
    # ruleid: py-weak-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def sign(payload, key):
    # ruleid: py-weak-hash
    return hashlib.sha1(key + payload).hexdigest()


def file_id(data):
    # ruleid: py-weak-hash
    h = hashlib.new("md5")
    h.update(data)
    return h.hexdigest()


def legacy_token(user_id):
    # ruleid: py-weak-hash
    return md5(str(user_id).encode()).hexdigest()


def checksum(data):
    # ok: py-weak-hash
    return hashlib.sha256(data).hexdigest()


def cache_key(url):
    # ok: py-weak-hash
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def mac(key, msg):
    # ok: py-weak-hash
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def by_name(name, data):
    # ok: py-weak-hash
    return hashlib.new("sha512", data).hexdigest()


def new_salt():
    # Real-world shape (paramiko hostkeys.py, bench/quality.mjs): only the digest size is read.
    # ok: py-weak-hash
    return os.urandom(hashlib.sha1().digest_size)


def salted(salt, data):
    # ruleid: py-weak-hash
    return hashlib.sha1(salt + data).digest()

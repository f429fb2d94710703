import hashlib
import hmac

from flask import abort, request


def verify_webhook(secret, body, signature):
    # ruleid: py-hmac-timing-compare
    return hmac.compare_digest(signature, hmac.new(secret, body, hashlib.sha256).hexdigest())


def check_github(secret):
    expected = "sha256=" + hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):
        abort(401)


def verify_cookie(key, value, mac):
    # ruleid: py-hmac-timing-compare
    if not hmac.compare_digest(hmac.digest(key, value, "sha256"), mac):
        raise ValueError("bad signature")
    return value


def verify_token(key, payload, sig):
    # ruleid: py-hmac-timing-compare
    if not hmac.compare_digest(hmac.new(key, payload, hashlib.sha256).digest(), sig):
        abort(403)


def verify_webhook_safe(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    # ok: py-hmac-timing-compare
    return hmac.compare_digest(expected, signature)


def same_length(a, b):
    # ok: py-hmac-timing-compare
    return len(hmac.new(a, b, hashlib.sha256).digest()) == 32


def same_user(session, user):
    # ok: py-hmac-timing-compare
    return session.user_id == user.id


def same_algorithm(a, b):
    # ok: py-hmac-timing-compare
    return a.digest_size == b.digest_size and a.name == b.name


def compare_later(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    # ruleid: py-hmac-timing-compare
    return hmac.compare_digest(expected, signature)

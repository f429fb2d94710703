import hashlib
import os

from argon2 import PasswordHasher

ph = PasswordHasher()


def create_user(db, email, password):
    # ruleid: py-password-fast-hash
    digest = hashlib.sha256(password.encode("utf-8")).hexdigest()
    db.insert("users", email=email, password_hash=digest)


def check_login(user, password):
    # ruleid: py-password-fast-hash
    return user.password_hash == hashlib.sha512((user.salt + password).encode()).hexdigest()


def legacy_hash(form):
    # ruleid: py-password-fast-hash
    return hashlib.new("sha256", form["new_password"].encode()).hexdigest()


def create_user_safe(db, email, password):
    # ok: py-password-fast-hash
    db.insert("users", email=email, password_hash=ph.hash(password))


def derive(password):
    salt = os.urandom(16)
    # ok: py-password-fast-hash
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt + key


def store_reset_token(db, user, token):
    # ok: py-password-fast-hash
    db.update("password_resets", user_id=user.id, token_hash=hashlib.sha256(token.encode()).hexdigest())


def file_checksum(data):
    # ok: py-password-fast-hash
    return hashlib.sha256(data).hexdigest()

import base64
import hashlib
import hmac
import os

import jwt
from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_ssn(ssn):
    # ruleid: py-hardcoded-crypto-key
    cipher = AES.new(b"7hX2k9Lq4Zp1Vw8R", AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(ssn)


# ruleid: py-hardcoded-crypto-key
fernet = Fernet(b"q0V7s6yYbqJ8m3b1u4bqz3qVb0Qm5p2cQ5cV3x7J9kE=")


def sign_webhook(body):
    # ruleid: py-hardcoded-crypto-key
    return hmac.new(b"whsec_5f2b9c1e7a", body, hashlib.sha256).hexdigest()


def issue_token(user_id):
    # ruleid: py-hardcoded-crypto-key
    return jwt.encode({"sub": user_id}, "super-secret-signing-key", algorithm="HS256")


def seal(data, nonce):
    # ruleid: py-hardcoded-crypto-key
    return AESGCM(b"0123456789abcdef0123456789abcdef").encrypt(nonce, data, None)


def encrypt_ssn_safe(ssn):
    key = base64.b64decode(os.environ["SSN_KEY"])
    # ok: py-hardcoded-crypto-key
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(ssn)


# ok: py-hardcoded-crypto-key
fernet_safe = Fernet(os.environ["FERNET_KEY"].encode())


def sign_webhook_safe(body, secret):
    # ok: py-hardcoded-crypto-key
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def issue_token_safe(user_id, settings):
    # ok: py-hardcoded-crypto-key
    return jwt.encode({"sub": user_id}, settings.JWT_SIGNING_KEY, algorithm="HS256")

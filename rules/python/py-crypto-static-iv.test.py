import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# ruleid: py-crypto-static-iv
DEFAULT_IV = b"\x00" * 16


def encrypt_profile(key, data):
    # ruleid: py-crypto-static-iv
    cipher = AES.new(key, AES.MODE_CBC, b"0123456789abcdef")
    return cipher.encrypt(pad(data, 16))


def encrypt_cookie(key, data):
    # ruleid: py-crypto-static-iv
    encryptor = Cipher(algorithms.AES(key), modes.CBC(b"fedcba9876543210")).encryptor()
    return encryptor.update(pad(data, 16)) + encryptor.finalize()


def seal(key, data):
    # ruleid: py-crypto-static-iv
    return AESGCM(key).encrypt(b"unique-nonce", data, None)


def encrypt_stream(key, data):
    # ruleid: py-crypto-static-iv
    return AES.new(key, AES.MODE_CTR, nonce=b"counter!").encrypt(data)


def encrypt_profile_safe(key, data):
    iv = os.urandom(16)
    # ok: py-crypto-static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 16))


def seal_safe(key, data, aad):
    nonce = os.urandom(12)
    # ok: py-crypto-static-iv
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def encrypt_gcm(key, data):
    # ok: py-crypto-static-iv
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(data)


# ok: py-crypto-static-iv
BLOCK_SIZE = 16
# ok: py-crypto-static-iv
PREVIEW = "preview"


def encrypt_zero_iv(key, data):
    # todoruleid: py-crypto-static-iv
    encryptor = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).encryptor()
    return encryptor.update(data) + encryptor.finalize()

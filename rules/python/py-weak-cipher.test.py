import os

from Crypto.Cipher import AES, ARC4, DES, DES3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_legacy(key, data):
    # ruleid: py-weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=os.urandom(8))
    return cipher.encrypt(data)


def encrypt_token(key, token):
    # ruleid: py-weak-cipher
    return ARC4.new(key).encrypt(token)


def encrypt_card(key, pan):
    iv = os.urandom(8)
    # ruleid: py-weak-cipher
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(pan) + encryptor.finalize()


def encrypt_blob(key, blob):
    # ruleid: py-weak-cipher
    return DES3.new(key, DES3.MODE_EAX).encrypt_and_digest(blob)


def encrypt_modern(key, data):
    nonce = os.urandom(12)
    # ok: py-weak-cipher
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def encrypt_aes(key, data):
    # ok: py-weak-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def encrypt_stream(key, data):
    nonce = os.urandom(16)
    # ok: py-weak-cipher
    encryptor = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor()
    return nonce + encryptor.update(data)

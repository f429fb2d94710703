import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_session(key, session_json):
    # ruleid: py-cipher-ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(session_json, AES.block_size))


def encrypt_record(key, record):
    # ruleid: py-cipher-ecb-mode
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(record) + encryptor.finalize()


def encrypt_session_gcm(key, session_json):
    # ok: py-cipher-ecb-mode
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(session_json)
    return cipher.nonce + tag + ciphertext


def encrypt_record_gcm(key, record):
    iv = os.urandom(12)
    # ok: py-cipher-ecb-mode
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + encryptor.update(record) + encryptor.finalize() + encryptor.tag


def describe(cipher):
    # ok: py-cipher-ecb-mode
    return "insecure" if cipher.mode == AES.MODE_ECB else "ok"

import paramiko
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def make_signing_key():
    # ruleid: py-weak-rsa-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def legacy_dsa():
    # ruleid: py-weak-rsa-key-size
    return dsa.generate_private_key(key_size=2048)


def device_key():
    # ruleid: py-weak-rsa-key-size
    key = RSA.generate(2048)
    return key.export_key()


def ssh_key():
    # ruleid: py-weak-rsa-key-size
    return paramiko.RSAKey.generate(bits=2048)


def make_signing_key_strong():
    # ok: py-weak-rsa-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def device_key_strong():
    # ok: py-weak-rsa-key-size
    return RSA.generate(2048).export_key()


def ecdsa_key():
    # ok: py-weak-rsa-key-size
    return ec.generate_private_key(ec.SECP256R1())


def ssh_key_strong():
    # ok: py-weak-rsa-key-size
    return paramiko.RSAKey.generate(bits=4096)

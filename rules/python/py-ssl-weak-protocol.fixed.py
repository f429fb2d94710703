import socket
import ssl

from OpenSSL import SSL


def legacy_client(host):
    # ruleid: py-ssl-weak-protocol
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_default_certs()
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    # ruleid: py-ssl-weak-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx


def openssl_context():
    # ruleid: py-ssl-weak-protocol
    return SSL.Context(SSL.TLSv1_1_METHOD)


def modern_client(host):
    # ok: py-ssl-weak-protocol
    ctx = ssl.create_default_context()
    # ok: py-ssl-weak-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def openssl_modern():
    # ok: py-ssl-weak-protocol
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    return ctx


def describe(ctx):
    # ok: py-ssl-weak-protocol
    return "legacy" if ctx.protocol == ssl.PROTOCOL_TLSv1 else "modern"

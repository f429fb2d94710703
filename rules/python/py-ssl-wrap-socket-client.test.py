import socket
import ssl


def connect_ldap(host):
    sock = socket.create_connection((host, 636))
    # ruleid: py-ssl-wrap-socket-client
    return ssl.wrap_socket(sock)


def connect_broker(host, ca):
    raw = socket.create_connection((host, 8883))
    # ruleid: py-ssl-wrap-socket-client
    return ssl.wrap_socket(raw, ca_certs=ca, cert_reqs=ssl.CERT_REQUIRED, ssl_version=ssl.PROTOCOL_TLS)


def connect_ldap_safe(host):
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, 636))
    # ok: py-ssl-wrap-socket-client
    return ctx.wrap_socket(sock, server_hostname=host)


def legacy_server(listener, cert, key):
    conn, _ = listener.accept()
    # ok: py-ssl-wrap-socket-client
    return ssl.wrap_socket(conn, server_side=True, certfile=cert, keyfile=key)

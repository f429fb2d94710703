import socket
import ssl
import urllib.request

import aiohttp
import urllib3


def fetch_status(url):
    # ruleid: py-ssl-cert-validation-disabled
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).status


# ruleid: py-ssl-cert-validation-disabled
ssl._create_default_https_context = ssl._create_unverified_context


def device_client(host):
    ctx = ssl.create_default_context()
    # ruleid: py-ssl-cert-validation-disabled
    ctx.check_hostname = False
    # ruleid: py-ssl-cert-validation-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx.wrap_socket(socket.create_connection((host, 8443)), server_hostname=host)


# ruleid: py-ssl-cert-validation-disabled
http = urllib3.PoolManager(cert_reqs="CERT_NONE")


async def poll(session, url):
    # ruleid: py-ssl-cert-validation-disabled
    async with session.get(url, ssl=False) as resp:
        return await resp.json()


def client_with_cert(certfile):
    # ruleid: py-ssl-cert-validation-disabled
    return ssl._create_unverified_context(certfile=certfile)


def fetch_status_safe(url):
    # ok: py-ssl-cert-validation-disabled
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/internal-ca.pem")
    return urllib.request.urlopen(url, context=ctx).status


def strict_client(host):
    ctx = ssl.create_default_context()
    # ok: py-ssl-cert-validation-disabled
    ctx.check_hostname = True
    # ok: py-ssl-cert-validation-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


# ok: py-ssl-cert-validation-disabled
http_safe = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")


async def poll_safe(session, url, ctx):
    # ok: py-ssl-cert-validation-disabled
    async with session.get(url, ssl=ctx) as resp:
        return await resp.json()


def loop_context(server_hostname):
    ctx = ssl.create_default_context()
    if not server_hostname:
        # ok: py-ssl-cert-validation-disabled
        ctx.check_hostname = False
    return ctx

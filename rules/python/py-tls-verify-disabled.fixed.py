import httpx
import requests


def fetch_orders(token):
    # ruleid: py-tls-verify-disabled
    resp = requests.get("https://erp.internal/api/orders", headers={"Authorization": token}, verify=True)
    return resp.json()


def upload(path):
    with open(path, "rb") as f:
        return requests.post(
            "https://files.example.com/upload",
            files={"file": f},
            # ruleid: py-tls-verify-disabled
            verify=True,
        )


def make_session():
    s = requests.Session()
    # ruleid: py-tls-verify-disabled
    s.verify = True
    return s


# ruleid: py-tls-verify-disabled
client = httpx.Client(base_url="https://payments.example.com", verify=True)


def fetch_internal():
    # ok: py-tls-verify-disabled
    return requests.get("https://erp.internal/api/health", verify="/etc/ssl/certs/internal-ca.pem")


def fetch_public():
    # ok: py-tls-verify-disabled
    return requests.get("https://api.example.com/v1/status", timeout=5)


def strict_session():
    s = requests.Session()
    # ok: py-tls-verify-disabled
    s.verify = True
    return s


def read_claims(token):
    # ok: py-tls-verify-disabled
    return jwt.decode(token, verify=False)

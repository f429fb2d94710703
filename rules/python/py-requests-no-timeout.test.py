import requests

API = "https://api.example.com"


def fetch_rates():
    # ruleid: py-requests-no-timeout
    return requests.get(f"{API}/rates").json()


def notify(webhook_url, payload):
    # ruleid: py-requests-no-timeout
    requests.post(webhook_url, json=payload, headers={"User-Agent": "shop/1.0"})


def fetch_rates_safe():
    # ok: py-requests-no-timeout
    return requests.get(f"{API}/rates", timeout=10).json()


def notify_safe(webhook_url, payload):
    # ok: py-requests-no-timeout
    requests.post(webhook_url, json=payload, timeout=(3.05, 27))


def call(method, url, **kwargs):
    # ok: py-requests-no-timeout
    return requests.request(method, url, **kwargs)

import urllib.request
from urllib.request import urlopen

import httpx
import requests
from flask import Flask, abort, request

app = Flask(__name__)

PARTNERS = {"acme": "https://api.acme.example/v2/feed", "globex": "https://feeds.globex.example/rss"}


@app.route("/preview")
def link_preview():
    # ruleid: py-ssrf-request-url
    resp = requests.get(request.args["url"], timeout=5)
    return resp.text[:500]


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    # ruleid: py-ssrf-request-url
    r = httpx.post(request.json["callback_url"], json={"ping": True})
    return {"status": r.status_code}


@app.route("/avatar")
def fetch_avatar():
    # ruleid: py-ssrf-request-url
    with urllib.request.urlopen(f"https://{request.args.get('host')}/avatar.png") as f:
        return f.read()


def proxy_view(request):
    # ruleid: py-ssrf-request-url
    upstream = requests.request("GET", url=request.GET.get("target"), timeout=10)
    return HttpResponse(upstream.content)


@app.route("/feed")
def partner_feed():
    url = PARTNERS.get(request.args.get("partner"))
    if url is None:
        abort(404)
    # ok: py-ssrf-request-url
    return requests.get(url, timeout=5).text


@app.route("/search")
def search():
    # ok: py-ssrf-request-url
    return requests.get("https://api.search.example/v1/query", params={"q": request.args.get("q")}, timeout=5).json()


@app.route("/user")
def user_info():
    # ok: py-ssrf-request-url
    return httpx.get(f"https://api.github.com/users/{request.args['login']}").json()


API_BASE = "https://inventory.internal"


@app.route("/stock")
def stock():
    # ok: py-ssrf-request-url
    return requests.get(f"{API_BASE}/items/{request.args['sku']}", timeout=5).json()


@app.route("/price")
def price():
    # ok: py-ssrf-request-url
    return requests.get(API_BASE + "/prices/" + request.args["sku"], timeout=5).json()


def health():
    # ok: py-ssrf-request-url
    return urlopen("http://localhost:8080/health").status


@app.route("/fetch")
def fetch():
    target = request.args["url"]
    # todoruleid: py-ssrf-request-url
    return requests.get(target, timeout=5).text

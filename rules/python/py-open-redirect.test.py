from django.http import HttpResponseRedirect
from django import shortcuts
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for
from flask_login import login_user

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    login_user(user)
    # ruleid: py-open-redirect
    return redirect(request.args.get("next") or url_for("index"))


@app.route("/out")
def outbound():
    # ruleid: py-open-redirect
    return redirect(location=request.values["to"], code=302)


def logout_view(request):
    logout(request)
    # ruleid: py-open-redirect
    return HttpResponseRedirect(request.GET.get("return_to", "/"))


def language_view(request):
    # ruleid: py-open-redirect
    return shortcuts.redirect(f"{request.POST['next']}?lang={request.POST['lang']}")


@app.route("/account")
def account():
    # ok: py-open-redirect
    return redirect(url_for("profile", tab=request.args.get("tab")))


@app.route("/search")
def search_redirect():
    # ok: py-open-redirect
    return redirect(f"/search/results?q={request.args.get('q', '')}")


def safe_logout_view(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    # ok: py-open-redirect
    return HttpResponseRedirect(next_url)


def checked_view(request):
    if url_has_allowed_host_and_scheme(request.GET["next"], allowed_hosts={request.get_host()}):
        # ok: py-open-redirect
        return HttpResponseRedirect(request.GET["next"])
    return HttpResponseRedirect("/")


@app.route("/continue")
def continue_flow():
    target = request.args.get("url")
    # todoruleid: py-open-redirect
    return redirect(target)

from flask import Flask, make_response

app = Flask(__name__)
# ruleid: py-cookie-insecure-flags
app.config["SESSION_COOKIE_SECURE"] = True
app.config.update(
    # ruleid: py-cookie-insecure-flags
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

# ruleid: py-cookie-insecure-flags
CSRF_COOKIE_SECURE = True


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    # ruleid: py-cookie-insecure-flags
    resp.set_cookie("auth_token", issue_token(), httponly=True, secure=True)
    return resp


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response("ok")
    # ruleid: py-cookie-insecure-flags
    resp.set_cookie("session_id", new_session_id(), max_age=3600)
    return resp


@app.route("/login-safe", methods=["POST"])
def login_safe():
    resp = make_response("ok")
    # ok: py-cookie-insecure-flags
    resp.set_cookie("auth_token", issue_token(), httponly=True, secure=True, samesite="Lax")
    return resp


@app.route("/theme")
def theme():
    resp = make_response("ok")
    # ok: py-cookie-insecure-flags
    resp.set_cookie("theme", "dark", max_age=31536000)
    return resp


@app.route("/logout")
def logout():
    resp = make_response("bye")
    # ok: py-cookie-insecure-flags
    resp.set_cookie("session_id", "", expires=0)
    return resp


# ok: py-cookie-insecure-flags
SESSION_COOKIE_SECURE = True

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Strict"}


def set_session(resp, sid):
    # ok: py-cookie-insecure-flags
    resp.set_cookie("sessionid", sid, **COOKIE_OPTS)

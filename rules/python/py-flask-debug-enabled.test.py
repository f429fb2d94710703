import os

from flask import Flask

app = Flask(__name__)
# ruleid: py-flask-debug-enabled
app.config["DEBUG"] = True


@app.route("/")
def index():
    return "ok"


def create_admin_app():
    admin = Flask("admin")
    # ruleid: py-flask-debug-enabled
    admin.debug = True
    return admin


if __name__ == "__main__":
    # ruleid: py-flask-debug-enabled
    app.run(host="0.0.0.0", port=8080, debug=True)


def run_dev():
    # ok: py-flask-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def run_prod():
    # ok: py-flask-debug-enabled
    app.run(host="127.0.0.1", port=8080, debug=False)


# ok: py-flask-debug-enabled
app.config["TESTING"] = True

import os

import environ

from flask import Flask

# ruleid: py-hardcoded-framework-secret-key
SECRET_KEY = "django-insecure-7$k2w!q9z@v1#x8m^r3t&y6u*i0o(p)a_s-d=f+g"

env = environ.Env()
app = Flask(__name__)
# ruleid: py-hardcoded-framework-secret-key
app.secret_key = b"_5#y2L\"F4Q8z\n\xec]/"
# ruleid: py-hardcoded-framework-secret-key
app.config["JWT_SECRET_KEY"] = "jwt-signing-key-2024"
# ruleid: py-hardcoded-framework-secret-key
app.config.update(SECRET_KEY="another-hardcoded-key", SESSION_COOKIE_SECURE=True)


class Config:
    # ruleid: py-hardcoded-framework-secret-key
    SECRET_KEY = os.environ.get("SECRET_KEY", "fallback-secret-used-in-prod")


# ruleid: py-hardcoded-framework-secret-key
JWT_SECRET_KEY = env("JWT_SECRET_KEY", default="jwt-dev-fallback")

# ok: py-hardcoded-framework-secret-key
DJANGO_SECRET_KEY_NAME = "DJANGO_SECRET_KEY"


def read_secret(directory, name):
    with open(os.path.join(directory, name)) as f:
        return f.read().strip()


class DockerConfig:
    # ok: py-hardcoded-framework-secret-key
    SECRET_KEY = read_secret("/run/secrets", "flask_secret_key")


class ProdConfig:
    # ok: py-hardcoded-framework-secret-key
    SECRET_KEY = os.environ["SECRET_KEY"]


def create_app():
    application = Flask(__name__)
    # ok: py-hardcoded-framework-secret-key
    application.secret_key = os.environ.get("FLASK_SECRET_KEY")
    # ok: py-hardcoded-framework-secret-key
    application.config["SECRET_KEY"] = os.getenv("SECRET_KEY", "")
    return application

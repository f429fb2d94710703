import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# ruleid: py-django-debug-enabled
DEBUG = True

ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "shop",
]

ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"


class FeatureFlags:
    # ok: py-django-debug-enabled
    DEBUG = True


def local_overrides():
    # ok: py-django-debug-enabled
    DEBUG = True
    return DEBUG


# ok: py-django-debug-enabled
TEMPLATE_DEBUG = True

# ok: py-django-debug-enabled
DEBUG_TOOLBAR = os.environ.get("DJANGO_DEBUG") == "1"

if os.environ.get("DJANGO_DEBUG") == "1":
    # ok: py-django-debug-enabled
    DEBUG = True

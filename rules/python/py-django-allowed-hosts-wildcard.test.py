import os

# ruleid: py-django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]

if os.environ.get("BEHIND_ELB"):
    # ruleid: py-django-allowed-hosts-wildcard
    ALLOWED_HOSTS.append("*")

ALLOWED_HOSTS += [
    "api.example.com",
    # ruleid: py-django-allowed-hosts-wildcard
    "*",
]

# ok: py-django-allowed-hosts-wildcard
PRODUCTION_HOSTS = ["shop.example.com", ".shop.example.com"]

# ok: py-django-allowed-hosts-wildcard
CSRF_TRUSTED_ORIGINS = ["https://shop.example.com"]


def configure(settings):
    # ok: py-django-allowed-hosts-wildcard
    settings.ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")

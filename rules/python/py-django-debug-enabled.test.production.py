from .base import *  # noqa: F401,F403

# ruleid: py-django-debug-enabled
DEBUG = True

ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True

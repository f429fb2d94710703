INSTALLED_APPS = ["corsheaders", "shop"]

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

# ruleid: py-cors-credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True

# ok: py-cors-credentials-any-origin
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]

import os

# ruleid: secret-hardcoded-password-python
DATABASE_PASSWORD = "pr0d-db-Passw0rd!"

# ruleid: secret-hardcoded-password-python
client = ApiClient(base_url="https://api.example.com", api_key="9b8c7d6e5f4a3b2c1d0e")

# ruleid: secret-hardcoded-password-python
settings = {"secret": "x7Gq2LmP9vRt", "debug": False}

# ruleid: secret-hardcoded-password-python
token: str = "0c1d2e3f4a5b6c7d8e9f"

# ok: secret-hardcoded-password-python
DATABASE_PASSWORD_FROM_ENV = os.environ["DATABASE_PASSWORD"]

# ok: secret-hardcoded-password-python
api_key = os.getenv("API_KEY", "")

# ok: secret-hardcoded-password-python
password = None

# ok: secret-hardcoded-password-python
secret_key = f"{prefix}-{os.environ['SECRET_SUFFIX']}"

# ok: secret-hardcoded-password-python
password_env_var = "DB_PASSWORD"


# ruleid: secret-hardcoded-password-python
def connect(host, user="reporting", password="R3p0rt1ng-Pw"):
    return Client(host, user, password)


# ok: secret-hardcoded-password-python
def connect_from_env(host, password=None):
    return Client(host, "reporting", password or os.environ["REPORTING_PASSWORD"])


# Real-world shapes (bench/quality.mjs): names, codes and masks, not credentials.
# ok: secret-hardcoded-password-python
INTERNAL_RESET_SESSION_TOKEN = "_password_reset_token"
# ok: secret-hardcoded-password-python
POLICY_CREATE_SECRET = 0x00000020
# ok: secret-hardcoded-password-python
MESSAGES = {MSG_USERAUTH_GSSAPI_TOKEN: "userauth-gssapi-token"}
# ok: secret-hardcoded-password-python
password = ":****"

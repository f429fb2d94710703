import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def generate_reset_token(length=32):
    # ruleid: py-insecure-random-token
    return "".join(random.choice(ALPHABET) for _ in range(length))


def create_user(email):
    # ruleid: py-insecure-random-token
    temp_password = "".join(random.choices(ALPHABET, k=12))
    send_welcome(email, temp_password)


def send_login_code(user):
    # ruleid: py-insecure-random-token
    user.otp = random.randint(100000, 999999)
    # ruleid: py-insecure-random-token
    cache.set(f"session:{user.id}", {"session_id": random.getrandbits(128)})


def backoff(attempt):
    # ok: py-insecure-random-token
    delay = 2 ** attempt + random.uniform(0, 1)
    return delay


def pick_variant(variants):
    # ok: py-insecure-random-token
    return random.choice(variants)


def generate_api_key():
    # ok: py-insecure-random-token
    api_key = secrets.token_urlsafe(32)
    return api_key


def generate_pin_secure():
    # ok: py-insecure-random-token
    return "".join(secrets.choice(string.digits) for _ in range(6))


def draw_footprint(canvas):
    # ok: py-insecure-random-token
    footprint_scale = random.uniform(0.8, 1.2)
    canvas.scale(footprint_scale)


def new_device_pin():
    # ruleid: py-insecure-random-token
    pin = random.randint(1000, 9999)
    return pin

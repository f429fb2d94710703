import jwt
from flask import g, request


def current_user():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # ruleid: py-jwt-signature-not-verified
    claims = jwt.decode(token, options={"verify_signature": False})
    g.user_id = claims["sub"]
    return claims


def legacy_claims(token):
    # ruleid: py-jwt-signature-not-verified
    return jwt.decode(token, verify=False)


def permissive(token, key):
    # ruleid: py-jwt-signature-not-verified
    return jwt.decode(token, key, algorithms=["HS256", "none"])


def current_user_verified(public_key):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # ok: py-jwt-signature-not-verified
    return jwt.decode(token, public_key, algorithms=["RS256"], audience="orders-api")


def decode_lenient_expiry(token, key):
    # ok: py-jwt-signature-not-verified
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False})


def kid_of(token):
    # ok: py-jwt-signature-not-verified
    return jwt.get_unverified_header(token)["kid"]

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# ruleid: py-cors-credentials-any-origin
CORS(app, supports_credentials=True)

admin = Flask("admin")
# ruleid: py-cors-credentials-any-origin
CORS(admin, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)


@app.route("/me")
# ruleid: py-cors-credentials-any-origin
@cross_origin(origins="*", supports_credentials=True)
def me():
    return {"user": "..."}


api = FastAPI()
# ruleid: py-cors-credentials-any-origin
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

public = Flask("public")
# ok: py-cors-credentials-any-origin
CORS(public)

portal = Flask("portal")
# ok: py-cors-credentials-any-origin
CORS(portal, origins=["https://portal.example.com"], supports_credentials=True)

partner = Flask("partner")
# ok: py-cors-credentials-any-origin
CORS(partner, resources={r"/api/*": {"origins": ["https://partner.example.com"]}}, supports_credentials=True)

internal = FastAPI()
# ok: py-cors-credentials-any-origin
internal.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

open_api = FastAPI()
# ok: py-cors-credentials-any-origin
open_api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)

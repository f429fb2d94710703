import json
import pickle

import joblib
import pandas as pd
import torch
from flask import request


@app.route("/import", methods=["POST"])
def import_state():
    # ruleid: py-pickle-deserialization
    state = pickle.loads(request.get_data())
    return {"keys": list(state)}


def load_cached(redis_client, key):
    blob = redis_client.get(key)
    # ruleid: py-pickle-deserialization
    return pickle.loads(blob) if blob else None


def load_model(path):
    # ruleid: py-pickle-deserialization
    return torch.load(path, map_location="cpu")


def load_frame(upload):
    # ruleid: py-pickle-deserialization
    return pd.read_pickle(upload.stream)


def load_sklearn(path):
    # ruleid: py-pickle-deserialization
    return joblib.load(path)


def load_weights(path):
    # ok: py-pickle-deserialization
    return torch.load(path, map_location="cpu", weights_only=True)


def import_state_json():
    # ok: py-pickle-deserialization
    return json.loads(request.get_data())


def save_state(state, f):
    # ok: py-pickle-deserialization
    pickle.dump(state, f)

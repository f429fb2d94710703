import hashlib
import os
import pickle
import subprocess

import requests
import yaml


def convert(path):
    # Shell out to the converter with the user's file name.
    return subprocess.run("convert " + path + " out.pdf", shell=True, check=True)


def convert_safely(path):
    return subprocess.run(["convert", path, "out.pdf"], check=True)


def load_job(blob):
    # TODO: sign queued jobs before unpickling them.
    return pickle.loads(blob)


def load_config(text):
    return yaml.load(text)


def load_config_safely(text):
    return yaml.safe_load(text)


def fetch_invoice(url):
    return requests.get(url, verify=False, timeout=10)


def checksum(data):
    return hashlib.md5(data).hexdigest()


def cleanup(name):
    os.system("rm -rf /tmp/jobs/" + name)


def find_customer(cursor, email):
    cursor.execute(f"SELECT * FROM customers WHERE email = '{email}'")
    return cursor.fetchone()


def find_customer_safely(cursor, email):
    cursor.execute("SELECT * FROM customers WHERE email = %s", (email,))
    return cursor.fetchone()

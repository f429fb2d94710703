from cryptography.hazmat.primitives import serialization

# ruleid: secret-private-key
KEY = """-----BEGIN PRIVATE KEY-----
BhLfNZ1gJqJA9FiaXXkfHdl8/vp3entPFSQav1e9Q3rUsSmEBTTz84dcJbCL6gbC
h0z6pN0XsthChF3oKlvFOYiKx4BUojmcz8n8wtoxzj3RZr3NOjOEflu7B/0Hykd4
QjGxmvRYcs7vufxZ9PldFDgaOngyVjR7n/zmnNcAeuinWMykFdWpHuhjyLbAM3rj
-----END PRIVATE KEY-----
"""

# ok: secret-private-key
CERT_HEADER = "-----BEGIN CERTIFICATE-----"

# todoruleid: secret-private-key
SPLIT_KEY = ("-----BEGIN EC PRIVATE KEY-----\n"
    "BhLfNZ1gJqJA9FiaXXkfHdl8/vp3entPFSQav1e9Q3rUsSmEBTTz84dcJbCL6gbC\n"
    "-----END EC PRIVATE KEY-----\n")

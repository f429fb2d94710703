import os

import boto3

session = boto3.Session(
    # ruleid: secret-aws-access-key-id
    aws_access_key_id="AKIAJ8HT9LGMXG9EDN58",
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# ok: secret-aws-access-key-id
client = boto3.client("s3", aws_access_key_id=os.getenv("AWS_ACCESS_KEY_ID"))

# ok: secret-aws-access-key-id
PLACEHOLDER = "<your-access-key-id>"

import os

from sqlalchemy import create_engine

# ruleid: secret-connection-string-credentials
engine = create_engine("postgresql+psycopg://billing:Tr0ub4dor-3x@db.prod.internal:5432/billing")

# ruleid: secret-connection-string-credentials
BROKER_URL = "amqps://worker:gS8#kq2LmZ@rabbit.prod.internal:5671/jobs"

# ok: secret-connection-string-credentials
engine_from_env = create_engine(os.environ["DATABASE_URL"])

# ok: secret-connection-string-credentials
TEMPLATE = "postgresql://billing:${DB_PASSWORD}@db.prod.internal:5432/billing"

# ok: secret-connection-string-credentials
DOC_EXAMPLE = "postgresql://user:password@host:5432/dbname"

# ok: secret-connection-string-credentials
LOCAL_DEV = "postgresql://postgres:postgres@localhost:5432/billing_dev"


def prepare_request_body(username, password):
    # ok: secret-connection-string-credentials
    """Example: 'grant_type=password&username=foo&scope=hello+world&password=bar'"""

#!/usr/bin/env bash
set -euo pipefail
# ruleid: secret-hardcoded-password-shell
DB_PASSWORD=Pg-Sup3r-S3cret
# ruleid: secret-hardcoded-password-shell
export REGISTRY_TOKEN='r3g-t0k3n-9f8e'
# ok: secret-hardcoded-password-shell
DB_PASSWORD="${DB_PASSWORD:-}"
# ok: secret-hardcoded-password-shell
API_TOKEN=$(vault kv get -field=token secret/ci/api)
psql "host=db user=app" -c 'select 1'
# ok: secret-hardcoded-password-shell
PWD=build
# ok: secret-hardcoded-password-shell
TOKEN_PARAM=access_token

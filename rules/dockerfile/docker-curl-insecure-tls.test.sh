#!/usr/bin/env bash
set -euo pipefail
# ruleid: docker-curl-insecure-tls
curl --insecure -sS "https://${REGISTRY_HOST}/v2/_catalog"
# ok: docker-curl-insecure-tls
curl -sS --cacert "$CA_BUNDLE" "https://${REGISTRY_HOST}/v2/_catalog"
# ok: docker-curl-insecure-tls
wget -q -O - https://example.com/health

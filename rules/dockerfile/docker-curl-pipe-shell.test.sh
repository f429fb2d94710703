#!/usr/bin/env bash
set -euo pipefail

# ruleid: docker-curl-pipe-shell
curl -sSfL https://raw.githubusercontent.com/acme/ci/main/setup.sh | bash

# ruleid: docker-curl-pipe-shell
sh -c "$(wget -qO- https://install.example.com)"

# ok: docker-curl-pipe-shell
curl -sSfL https://api.example.com/health | jq .status

# ok: docker-curl-pipe-shell
cat ./scripts/local-setup.sh | bash

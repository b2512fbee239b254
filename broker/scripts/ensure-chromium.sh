#!/usr/bin/env bash
# Makes sure headless Chromium and its ChromeDriver (Debian's packages) are installed, for the end-to-end
# tests that look at pages the way a person does. As root on Debian it installs them; elsewhere it says
# what is missing.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: install chromium and chromedriver (Debian: apt-get install chromium chromium-driver)." >&2
  exit 1
fi
echo "ensure-chromium: installing chromium and chromium-driver from the Debian packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null

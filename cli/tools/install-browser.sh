#!/usr/bin/env bash
# Makes sure a headless Chromium and its chromedriver are installed for the trace page's browser
# test (HtmlTraceBrowserTest). Debian packages only: no browser build is downloaded on its own.
# Exit 0 when both are there (already, or installed now); non-zero, with one line saying why,
# when they are missing and cannot be installed (not root, no apt-get, the install failed), so the
# test can skip visibly instead of failing.
set -u
CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver
if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium/chromedriver missing and not root: cannot apt-get install them"
  exit 3
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium/chromedriver missing and no apt-get on this machine"
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
# the package lists may be absent on a fresh machine: update once, then install
if ! apt-get install -y -q chromium chromium-driver >/tmp/pyvm-browser-install.log 2>&1; then
  apt-get update -q >>/tmp/pyvm-browser-install.log 2>&1
  if ! apt-get install -y -q chromium chromium-driver >>/tmp/pyvm-browser-install.log 2>&1; then
    echo "apt-get install chromium chromium-driver failed (see /tmp/pyvm-browser-install.log)"
    exit 4
  fi
fi
if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  exit 0
fi
echo "chromium/chromedriver still missing after apt-get install"
exit 5

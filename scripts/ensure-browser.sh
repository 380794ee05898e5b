#!/usr/bin/env bash
# Makes sure a Chromium for Playwright, CJK fonts and poppler's pdftoppm (the leaflet test renders
# printed PDFs to images to read their QR codes) exist. Playwright cannot download its own browser
# here, so Debian's chromium is used. Installs only when missing and when we are root.
set -euo pipefail

need=()
if ! { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; }; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "缺少 ${need[*]}：请安装 Chromium（或设置 CHROMIUM_PATH 指向 Chromium/Chrome 可执行文件）、中文字体和 poppler-utils 后再运行测试。" >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

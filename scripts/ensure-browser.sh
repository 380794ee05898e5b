#!/usr/bin/env bash
# Makes sure a Chromium for Playwright and CJK fonts exist. Playwright cannot download its own
# browser here, so Debian's chromium is used. Installs only when missing and when we are root.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "缺少 ${need[*]}：请安装 Chromium（或设置 CHROMIUM_PATH 指向 Chromium/Chrome 可执行文件）和中文字体后再运行测试。" >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

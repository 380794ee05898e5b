#!/usr/bin/env bash
# Makes sure PostgreSQL's server programs (initdb, pg_ctl, postgres) exist for the collector's
# tests and benchmark, which start a throwaway cluster in a temporary folder. Installs Debian's
# `postgresql` package only when they are missing and we are root. Set PG_BIN to use another
# installation's bin folder.
set -euo pipefail

if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then exit 0; fi
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then exit 0; fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "缺少 PostgreSQL：请安装 PostgreSQL 服务器（Debian：apt-get install postgresql），或设置 PG_BIN 指向含 initdb、pg_ctl 的文件夹。" >&2
  exit 1
fi
echo "Installing postgresql from Debian…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# policy-rc.d keeps the package from starting its own cluster service; the tests start their own.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
trap 'rm -f /usr/sbin/policy-rc.d' EXIT
apt-get install -y -qq --no-install-recommends postgresql >/dev/null

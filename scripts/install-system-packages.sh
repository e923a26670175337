#!/bin/sh
# Installs the programs the end-to-end tests drive: Chromium for the task pane, LibreOffice Calc to
# open the generated workbook, and poppler-utils to read the PDF that LibreOffice prints.
# Debian and Ubuntu only; uses sudo when not run as root.
set -eu

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found: install chromium, libreoffice-calc (headless) and poppler-utils with your package manager." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
  chromium libreoffice-calc-nogui poppler-utils fonts-dejavu-core

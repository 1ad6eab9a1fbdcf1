#!/usr/bin/env bash
# Sourced by the other scripts: makes .venv (Python 3.11 or later) and installs the project
# into it, editable, with the extras named in $EXTRAS. Reinstalls only when pyproject.toml
# changes, so a second run starts at once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "provenance needs Python 3.11 or later; set PYTHON=/path/to/python3.11" >&2
    exit 2
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv

extras=${EXTRAS:-}
spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.installed-${extras:-core}"
wanted=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "Installing provenance into .venv ..." >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
    echo "$wanted" > "$stamp"
fi

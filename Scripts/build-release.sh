#!/usr/bin/env bash
# build-release.sh: builds the fast binaries and installs them.
#
# Usage: Scripts/build-release.sh [PREFIX]        (default PREFIX: ~/.local)
#
# Builds reader and reader-fetch in release mode in .build-static, strips them and installs
# PREFIX/bin/reader, PREFIX/bin/reader-fetch and the resources (sample articles, entity model) as
# PREFIX/share/reader/Reader_ReaderResources.resources, where reader looks for them. Then it
# checks the installed reader from another folder: its version, and that it finds the entity model
# and the samples. Needs the packages of Scripts/install-deps.sh (libcurl4-openssl-dev for
# reader-fetch's link among them). About 5-15 minutes on two cores.
#
# What makes the binaries start fast: the Swift runtime and Foundation linked in
# (--static-swift-stdlib); ncursesw, libxml2 (with the ICU and compression libraries under it),
# cmark-gfm, SQLite and libstdc++ linked in from their static archives, so the dynamic loader maps
# only libc, libm and libgcc_s; and no position-independent executable (-no-pie), so it has no
# relocations of its own to apply. The archives are chosen through a folder of pkg-config files and
# linker scripts made in .build-static/static-link: its -L comes first on the link line, and a
# linker script named like a shared library stands for the archives. reader-fetch keeps libcurl
# and its TLS libraries dynamic (they have no archives here).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
build=.build-static

bash Scripts/install-deps.sh

links=$PWD/$build/static-link
mkdir -p "$links"
libdir=$(pkg-config --variable=libdir libxml-2.0)
# A library name the link asks for, resolved to these archives (in an order that links).
archive() {
    local name=$1; shift
    local inputs=""
    for file in "$@"; do inputs+=" $file"; done
    echo "GROUP($inputs )" >"$links/lib$name.so"
}
archive xml2 "$libdir/libxml2.a" "$libdir/libicuuc.a" "$libdir/libicudata.a" "$libdir/libz.a" "$libdir/liblzma.a"
archive ncursesw "$libdir/libncursesw.a" "$libdir/libtinfo.a"
archive tinfo "$libdir/libtinfo.a"
archive cmark-gfm "$libdir/libcmark-gfm.a"
archive cmark-gfm-extensions "$libdir/libcmark-gfm-extensions.a" "$libdir/libcmark-gfm.a"
archive sqlite3 "$libdir/libsqlite3.a"
archive stdc++ "$(clang -print-file-name=libstdc++.a)"
# The system's pkg-config files with the folder's -L first; their compiler flags unchanged.
for package in ncursesw libxml-2.0 libcmark-gfm; do
    pc=$(pkg-config --variable=pcfiledir "$package")/$package.pc
    sed -E "s|^Libs:(.*)$|Libs: -L$links\1|" "$pc" >"$links/$package.pc"
done
export PKG_CONFIG_PATH=$links${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}

flags=(-c release --static-swift-stdlib --build-path "$build" -Xlinker -no-pie)
for product in reader reader-fetch; do
    swift build "${flags[@]}" --product "$product"
done
bin=$(swift build "${flags[@]}" --show-bin-path)
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

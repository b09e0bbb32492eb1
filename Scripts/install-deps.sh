#!/usr/bin/env bash
# install-deps.sh: installs the Debian packages Reader builds and tests against, where missing.
#
# Usage: Scripts/install-deps.sh            (Scripts/run.sh, Scripts/test.sh and .ci/run call it)
#
# As root it runs apt-get; otherwise it names the packages to install and exits 1.
# The packages: ncursesw, libxml2 and cmark-gfm (with its extensions) headers; tmux for the
# end-to-end tests; ncurses-term for the xterm-direct terminfo of the true-colour test; git;
# libcurl's headers and library, which reader-fetch's FoundationNetworking links against in the
# static release build (Scripts/build-release.sh).

set -euo pipefail

missing=()
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
have_pc ncursesw || missing+=(libncursesw5-dev)
have_pc libxml-2.0 || missing+=(libxml2-dev)
have_pc libcmark-gfm || missing+=(libcmark-gfm-dev)
[ -e /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
have_pc libcurl || missing+=(libcurl4-openssl-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v git >/dev/null 2>&1 || missing+=(git)
infocmp xterm-direct >/dev/null 2>&1 || missing+=(ncurses-term)

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y "${missing[@]}"
else
    echo "Reader needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

#!/usr/bin/env bash
# Reproducible builds: rebuilds the release as someone else would, in another folder, with another HOME and
# CARGO_HOME and a fresh target folder, with the README's command (./dev release), then compares every file of the
# release (the versioned folder, its archive, the npm package, release.json) byte for byte and the integrity with
# this checkout's dist/. Run by ./dev test after the release step; alone: ./dev release && tests/repro.sh.
# Nothing is downloaded: the crates come from a copy of this machine's cargo cache (cargo runs offline), the npm
# tools from hard links to node_modules/, the Rust toolchain (rust-toolchain.toml) and Trunk from where they are.
# Also fails if a release file names a build folder or home folder (paths leaking into the wasm, say).
#   OBERIH_REPRO_KEEP=1  keep the other folder (printed) to look at the difference
#   OBERIH_REPRO_AGAIN=<the folder kept>  compare with that build again, without building
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
die() { printf 'tests/repro.sh: %s\n' "$*" >&2; exit 1; }

VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
REL="oberih-$VERSION"
[ -f "dist/release.json" ] && [ -d "dist/$REL" ] || die "no release in dist/: run ./dev release first"
[ -d node_modules ] || die "node_modules/ is missing: run ./dev setup first"
OLD_CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
[ -d "$OLD_CARGO_HOME/registry/cache" ] || die "no cargo cache at $OLD_CARGO_HOME/registry/cache"
RUSTUP_HOME="$(rustup show home)"
TOOLS="${OBERIH_TOOLS:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/oberih-tools}"

# Another folder, of another length, outside this one.
if [ -n "${OBERIH_REPRO_AGAIN:-}" ]; then
    WORK="$OBERIH_REPRO_AGAIN"
else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/oberih-repro.XXXXXX")"
fi
if [ "${OBERIH_REPRO_KEEP:-0}" = 1 ] || [ -n "${OBERIH_REPRO_AGAIN:-}" ]; then
    echo "tests/repro.sh: keeping $WORK" >&2
else
    trap 'rm -rf "$WORK"' EXIT
fi
SRC="$WORK/elsewhere/oberih"
HOME2="$WORK/someone"
CARGO_HOME2="$HOME2/cargo-home"
build_elsewhere() {
    mkdir -p "$SRC" "$CARGO_HOME2/registry"

    # The sources as they stand in this working tree (tracked and new files; not the ignored build output), or,
    # outside git, everything but the build output.
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z --cached --others --exclude-standard |
            while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
            tar --null -T - -cf - | tar -xf - -C "$SRC"
    else
        tar --exclude=./target --exclude=./dist --exclude=./node_modules -cf - . | tar -xf - -C "$SRC"
    fi
    # The same npm packages (package-lock.json), linked rather than copied: the build only reads them.
    cp -al node_modules "$SRC/node_modules"
    # The downloaded crates and the index, so cargo extracts them again under the new home and needs no network.
    cp -a "$OLD_CARGO_HOME/registry/index" "$OLD_CARGO_HOME/registry/cache" "$CARGO_HOME2/registry/"
    if [ -f "$OLD_CARGO_HOME/config.toml" ]; then cp "$OLD_CARGO_HOME/config.toml" "$CARGO_HOME2/"; fi

    start=$SECONDS
    echo "tests/repro.sh: building the release in $SRC with HOME=$HOME2 (a few minutes: every crate is compiled again)" >&2
    (
        cd "$SRC"
        env -u OBERIH_PSEUDO -u CARGO_TARGET_DIR -u RUSTFLAGS -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS \
            -u CARGO_BUILD_TARGET_DIR -u XDG_CACHE_HOME \
            HOME="$HOME2" CARGO_HOME="$CARGO_HOME2" CARGO_NET_OFFLINE=true RUSTUP_HOME="$RUSTUP_HOME" \
            OBERIH_TOOLS="$TOOLS" npm_config_cache="$HOME2/.npm" npm_config_offline=true \
            nice -n 10 ./dev release
    ) >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log" >&2; die "the build in the other folder failed (log above)"; }
    echo "tests/repro.sh: built in $((SECONDS - start)) s" >&2
}
[ -n "${OBERIH_REPRO_AGAIN:-}" ] || build_elsewhere

# Every file of the release, compared.
A="$ROOT/dist" B="$SRC/dist"
list() { (cd "$1" && find "$REL" -type f | LC_ALL=C sort; printf '%s\n' "$REL.tar.gz" "oberih-widget-$VERSION.tgz" release.json); }
diff <(list "$A") <(list "$B") >&2 || die "the two releases hold different files (< here, > there)"
bad=0
while IFS= read -r f; do
    if ! cmp -s "$A/$f" "$B/$f"; then
        bad=$((bad + 1))
        printf 'differs: %s (%s bytes differ)\n' "$f" "$(cmp -l "$A/$f" "$B/$f" 2>/dev/null | wc -l)" >&2
    fi
done < <(list "$A")
sri() { node -e "process.stdout.write(require('$1/release.json').integrity)"; }
wasm() { sha256sum "$1/$REL/oberih_app_bg.wasm" | cut -d' ' -f1; }
printf 'here:  integrity %s  wasm sha256 %s\nthere: integrity %s  wasm sha256 %s\n' \
    "$(sri "$A")" "$(wasm "$A")" "$(sri "$B")" "$(wasm "$B")" >&2
[ "$(sri "$A")" = "$(sri "$B")" ] || die "the integrity differs"
[ "$bad" -eq 0 ] || die "$bad file(s) of the release differ between the two builds"

# No build or home folder named in a release file (the compressed ones are checked by the release step to hold
# exactly the same bytes).
leaks="$(for d in "$ROOT" "$SRC" "$HOME" "$HOME2" "$OLD_CARGO_HOME" "$CARGO_HOME2" "$RUSTUP_HOME" /registry/src/; do
    { grep -rlF --exclude='*.br' --exclude='*.gz' -e "$d" "$A/$REL" "$B/$REL" || true; } | sed "s|\$| names $d|"
done)"
[ -z "$leaks" ] || die "paths in the release files: $leaks"
echo "tests/repro.sh: the release built in another folder with another home is byte for byte this one ($(list "$A" | wc -l) files)" >&2

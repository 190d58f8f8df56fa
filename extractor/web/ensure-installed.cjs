// Maven's generate-resources phase runs this (exec-maven-plugin in pom.xml): it runs
// `npm ci --prefix extractor/web --no-audit --no-fund` only when node_modules lacks a package at the
// version package-lock.json pins (first build, or after the lock changed). Otherwise it does nothing,
// so offline builds keep working once it has run.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = __dirname;
const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));

function installedVersion(pkgPath) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, pkgPath, 'package.json'), 'utf8')).version;
  } catch (e) {
    return null;
  }
}

const stale = Object.entries(lock.packages || {})
  .filter(([p, meta]) => p.startsWith('node_modules/') && installedVersion(p) !== meta.version)
  .map(([p, meta]) => p.slice('node_modules/'.length) + '@' + meta.version);
// The files pom.xml copies into the jar (maven-resources-plugin, copy-web-vendor).
const bundled = [
  ['cytoscape', 'dist', 'cytoscape.min.js'],
  ['@zazuko', 'yasgui', 'build', 'yasgui.min.js'],
  ['@zazuko', 'yasgui', 'build', 'yasgui.min.css'],
].map(parts => path.join(dir, 'node_modules', ...parts));
const missing = () => bundled.filter(f => !fs.existsSync(f));

if (stale.length === 0 && missing().length === 0) process.exit(0);

console.log('[web] npm ci for ' + (stale.join(', ') || missing().map(f => path.relative(dir, f)).join(', ')));
const windows = process.platform === 'win32';
const r = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'],
  { stdio: 'inherit', shell: windows });
if (r.error) {
  console.error('[web] could not run npm: ' + r.error.message + ' (Node.js and npm are needed to bundle cytoscape.js and YASGUI)');
  process.exit(1);
}
if (r.status !== 0 || missing().length > 0) {
  console.error('[web] npm ci failed; missing: ' + (missing().join(', ') || '(nothing, but npm exited with ' + r.status + ')'));
  process.exit(r.status || 1);
}

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
const bundled = path.join(dir, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js');

if (stale.length === 0 && fs.existsSync(bundled)) process.exit(0);

console.log('[web] npm ci for ' + (stale.join(', ') || 'cytoscape'));
const windows = process.platform === 'win32';
const r = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'],
  { stdio: 'inherit', shell: windows });
if (r.error) {
  console.error('[web] could not run npm: ' + r.error.message + ' (Node.js and npm are needed to bundle cytoscape.js)');
  process.exit(1);
}
if (r.status !== 0 || !fs.existsSync(bundled)) {
  console.error('[web] npm ci failed; ' + bundled + ' is missing');
  process.exit(r.status || 1);
}

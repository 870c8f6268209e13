/**
 * The files the browser loads: the UI (plain ES modules in `ui/` at the
 * package root) and, from node_modules, the few library modules and the
 * Natural Earth basemap it imports. Only files on these lists are served,
 * so no request path can reach anything else on disk.
 *
 * @example
 *   const files = uiAssets();  // Map { '/index.html' → '/…/ui/index.html', '/vendor/d3-geo.js' → … }
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: `src/server` and `dist/server` both sit two levels below it. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** URL under /vendor/ → a package and the file in it. */
const VENDOR: Record<string, [string, string]> = {
  'd3-array.js': ['d3-array', 'dist/d3-array.mjs'],
  'd3-geo.js': ['d3-geo', 'dist/d3-geo.mjs'],
  'd3-force.js': ['d3-force', 'dist/d3-force.mjs'],
  'd3-quadtree.js': ['d3-quadtree', 'dist/d3-quadtree.mjs'],
  'd3-dispatch.js': ['d3-dispatch', 'dist/d3-dispatch.mjs'],
  'd3-timer.js': ['d3-timer', 'dist/d3-timer.mjs'],
  'countries-110m.json': ['world-atlas', 'countries-110m.json'],
  'countries-50m.json': ['world-atlas', 'countries-50m.json'],
};

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Finds an installed package the way Node does: in node_modules here or in a folder above. */
function packageDir(name: string, from = PACKAGE_ROOT): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function walk(dir: string, prefix: string, out: Map<string, string>): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file, `${prefix}${entry.name}/`, out);
    else if (path.extname(entry.name) in CONTENT_TYPES) out.set(`${prefix}${entry.name}`, file);
  }
}

/** Every servable URL path and the file behind it. */
export function uiAssets(uiDir = path.join(PACKAGE_ROOT, 'ui')): Map<string, string> {
  const out = new Map<string, string>();
  walk(uiDir, '/', out);
  for (const [url, [pkg, file]] of Object.entries(VENDOR)) {
    const dir = packageDir(pkg);
    if (dir && fs.existsSync(path.join(dir, file))) out.set(`/vendor/${url}`, path.join(dir, file));
  }
  // topojson-client ships its ES modules as a folder of small files.
  const topo = packageDir('topojson-client');
  if (topo) walk(path.join(topo, 'src'), '/vendor/topojson-client/', out);
  return out;
}

// Writes explorer.html beside a finished bundle's index.html: the whole explorer in one
// self-contained file that opens from disk (file://), for sharing as an attachment or on a
// USB stick. The stylesheet is inlined as a <style>, the wasm-bindgen glue as an inline
// module script that instantiates the wasm from bytes inlined as base64. Its CSP allows
// exactly those inline blocks (by sha256 hash) and wasm compilation, and no request at all.
// Called by scripts/post_build.mjs after the CSP step; also runnable on a dist folder.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** The single file's name, in the bundle folder (excluded from the service worker's list). */
export const SINGLE_FILE = 'explorer.html';

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Builds `dir/explorer.html` from `dir/index.html` (already finished by post_build) and the
 *  stylesheet, glue and wasm it links to; returns the file's size in bytes. */
export function writeSingleFile(dir) {
  let html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = fs.readdirSync(dir);
  const one = (re, what) => {
    const found = files.filter((f) => re.test(f));
    if (found.length !== 1) throw new Error(`single file: expected one ${what} in ${dir}, found ${found.length}: build the bundle again`);
    return fs.readFileSync(path.join(dir, found[0]));
  };
  const css = one(/^style-[0-9a-f]+\.css$/, 'stylesheet').toString('utf8');
  const glue = one(/^explorer-[0-9a-f]+\.js$/, 'wasm-bindgen glue').toString('utf8');
  const wasm = one(/^explorer-[0-9a-f]+_bg\.wasm$/, 'wasm module');

  // The glue's ES module exports its init function; inline, it is called directly.
  const exportLine = /^export \{ initSync, __wbg_init as default \};\s*$/m;
  if (!exportLine.test(glue)) throw new Error('single file: the wasm-bindgen glue has no `export { initSync, __wbg_init as default };` (a new wasm-bindgen?): update scripts/single_file.mjs');
  const loader = [
    glue.replace(exportLine, ''),
    // Uint8Array.fromBase64 is too new to rely on; atob is everywhere.
    `const wasmText = atob('${wasm.toString('base64')}');`,
    'const wasmBytes = new Uint8Array(wasmText.length);',
    'for (let i = 0; i < wasmText.length; i++) wasmBytes[i] = wasmText.charCodeAt(i);',
    'await __wbg_init({ module_or_path: wasmBytes });',
    '',
  ].join('\n');
  if (/<\/script/i.test(loader) || /<\/style/i.test(css)) throw new Error('single file: the glue or stylesheet contains a closing tag and cannot be inlined');

  // Drop what refers to other files (trunk's loader, the stylesheet link, the preloads)
  // and index.html's file:// notice (this file is the one that opens from disk).
  html = html
    .replace(/<script id="file-notice">[\s\S]*?<\/script>\s*/, '')
    .replace(/<script type="module">[\s\S]*?<\/script>\s*/, '')
    .replace(/<link rel="(stylesheet|modulepreload|preload)"[^>]*>\s*/g, '');
  if (/<script[^>]*\bsrc=|<link rel="(stylesheet|modulepreload|preload)"/.test(html)) {
    throw new Error('single file: index.html still links a file after inlining: update scripts/single_file.mjs');
  }
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const csp = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${[loader, ...inlineScripts].map(sha256).join(' ')}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "connect-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  html = html.replace('</head>', `<style>${css}</style>\n<script type="module">${loader}</script>\n</head>`);
  fs.writeFileSync(path.join(dir, SINGLE_FILE), html);
  return Buffer.byteLength(html);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'dist';
  console.log(`${SINGLE_FILE}: ${(writeSingleFile(dir) / 1024).toFixed(1)} KB`);
}

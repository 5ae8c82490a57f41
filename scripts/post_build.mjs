// Trunk post-build hook (see Trunk.toml): finishes the bundle for static hosts.
// 0. The site's identity (seeds/explorer.toml or derived, written by build.rs as
//    explorer-site.json): index.html's lang, title, description, loading and noscript text,
//    and a small inline script that, opened from file://, says to serve the page instead.
// 1. A strict Content-Security-Policy <meta> in index.html, allowing exactly
//    trunk's inline loader script and the file:// notice (by sha256 hash) and wasm compilation.
// 2. sw.js: a service worker that precaches this build's files under a
//    versioned cache, so the page works offline and updates cleanly.
// 3. Precompressed .gz and .br copies of text and wasm files for hosts that serve them.
// 4. explorer.html: the whole explorer in one file that opens from disk (scripts/single_file.mjs).
// 5. A chunked corpus (build.rs wrote explorer-corpus/): copied to corpus/ with .gz/.br copies;
//    the worker caches its files as the page fetches them.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { writeSingleFile, SINGLE_FILE } from './single_file.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('run by trunk (TRUNK_STAGING_DIR) or pass the bundle folder');
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

// 0. Site identity, from the build that made this bundle's wasm.
const site = readSiteIdentity();
const corpusFiles = copyChunkedCorpus();
const chinese = !site || /^zh/i.test(site.lang);
if (site) {
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const both = (t, sep) => (t.zh && t.en && t.zh !== t.en ? `${t.zh}${sep}${t.en}` : t.zh || t.en);
  const loading = chinese ? '正在加载… Loading…' : 'Loading… 正在加载…';
  const noscript = chinese
    ? '本页面需要启用 JavaScript 和 WebAssembly。This explorer needs JavaScript and WebAssembly.'
    : 'This explorer needs JavaScript and WebAssembly. 本页面需要启用 JavaScript 和 WebAssembly。';
  const title = chinese ? site.title.zh || site.title.en : site.title.en || site.title.zh;
  html = html
    .replace(/<html lang="[^"]*">/, `<html lang="${esc(site.lang)}">`)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${esc(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${esc(both(site.description, ' '))}">`)
    .replace(/(<p class="loading" role="status">)[\s\S]*?(<\/p>)/, `$1${loading}$2`)
    .replace(/(<p class="noscript">)[\s\S]*?(<\/p>)/, `$1${noscript}$2`);
}

// Opened from file://, the browser refuses the module script, the wasm and the stylesheet:
// say so in place of the loading text, which would otherwise stay forever.
const fileZh = '此页面需要通过网络服务器打开（运行 ./scripts/serve.sh，或放到任意静态主机上），或改用可直接从磁盘打开的单文件版本 explorer.html。';
const fileEn = 'This page must be served by a web server (run ./scripts/serve.sh, or put it on any static host), or use the single-file version explorer.html, which opens from disk.';
const fileNotice = JSON.stringify(chinese ? `${fileZh} ${fileEn}` : `${fileEn} ${fileZh}`);
html = html.replace(/<script id="file-notice">[\s\S]*?<\/script>\s*/, '');
html = html.replace(/(<div id="app">[\s\S]*?<\/div>\n)/, `$1  <script id="file-notice">if (location.protocol === 'file:') { const p = document.querySelector('#app .loading'); if (p) p.textContent = ${fileNotice}; }</script>\n`);
if (!html.includes('<script id="file-notice">')) throw new Error('post-build: no <div id="app"> in index.html for the file:// notice');

// 1. CSP: hash every inline script (trunk's loader, the file:// notice); the page has no other inline code.
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0]))
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`);
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
fs.writeFileSync(indexPath, html);

// 2. Service worker: the build's version is a hash of its files.
const assets = fs.readdirSync(dir).filter((f) => !f.endsWith('.gz') && !f.endsWith('.br') && f !== 'sw.js' && f !== SINGLE_FILE && f !== 'corpus' && !f.startsWith('.'));
const version = crypto.createHash('sha256');
for (const f of assets.sort()) version.update(f).update(fs.readFileSync(path.join(dir, f)));
const template = fs.readFileSync(new URL('../assets/sw.template.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__ASSETS__', JSON.stringify(['./', ...assets.map((f) => `./${f}`)]))
  .replace('__CORPUS_LIST__', JSON.stringify(corpusFiles.length ? './corpus/files.json' : null));
fs.writeFileSync(path.join(dir, 'sw.js'), sw);

// 3. Precompressed copies.
for (const f of fs.readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|json|svg|txt|webmanifest)$/.test(f)) continue;
  const data = fs.readFileSync(path.join(dir, f));
  fs.writeFileSync(path.join(dir, `${f}.gz`), zlib.gzipSync(data, { level: 9 }));
  fs.writeFileSync(path.join(dir, `${f}.br`), zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
}
for (const f of corpusFiles) {
  const file = path.join(dir, 'corpus', f);
  const data = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
}
// 4. The single file, from the finished index.html (not compressed: it is for opening from disk).
fs.rmSync(path.join(dir, `${SINGLE_FILE}.gz`), { force: true });
fs.rmSync(path.join(dir, `${SINGLE_FILE}.br`), { force: true });
// A chunked corpus lives in corpus/, which a page opened from disk cannot fetch: no single file.
const singleSize = corpusFiles.length ? 0 : writeSingleFile(dir);
if (corpusFiles.length) fs.rmSync(path.join(dir, SINGLE_FILE), { force: true });
if (corpusFiles.length) console.log(`post-build: chunked corpus, ${corpusFiles.length} files in corpus/`);
console.log(`post-build: CSP with ${hashes.length} script hash(es), sw.js version over ${assets.length} files, .gz/.br copies, ${SINGLE_FILE} (${(singleSize / 1024).toFixed(0)} KB)`);

// The folder of the target directory where build.rs wrote this profile's files.
var profileDirMemo; // var: read by calls above its line
function profileDir() {
  if (profileDirMemo) return profileDirMemo;
  const profile = process.env.TRUNK_PROFILE || 'release';
  let target = process.env.CARGO_TARGET_DIR;
  if (!target) {
    const meta = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { encoding: 'utf8' });
    target = JSON.parse(meta).target_directory;
  }
  profileDirMemo = path.join(target, 'wasm32-unknown-unknown', profile);
  return profileDirMemo;
}

// The chunked corpus's files (build.rs's explorer-corpus/), copied to corpus/ when this
// bundle's wasm names their manifest (its embedded entry holds that name; the manifest names the
// rest); [] for an embedded corpus.
function copyChunkedCorpus() {
  const from = path.join(profileDir(), 'explorer-corpus');
  const to = path.join(dir, 'corpus');
  fs.rmSync(to, { recursive: true, force: true });
  if (!fs.existsSync(from)) return [];
  const files = fs.readdirSync(from).filter((f) => f.endsWith('.bin')).sort();
  const wasm = fs.readdirSync(dir).find((f) => f.endsWith('.wasm'));
  const manifest = files.find((f) => f.startsWith('manifest-'));
  if (!manifest || !wasm || !fs.readFileSync(path.join(dir, wasm)).includes(Buffer.from(manifest))) return [];
  fs.mkdirSync(to);
  for (const f of files) fs.copyFileSync(path.join(from, f), path.join(to, f));
  // For the service worker: which files to keep (sw.js itself stays small whatever the corpus).
  fs.writeFileSync(path.join(to, 'files.json'), JSON.stringify(files));
  return files;
}

// The explorer-site.json build.rs wrote for this profile, checked against the staged wasm
// (which embeds the same title), so a stale file from another build is never used.
function readSiteIdentity() {
  const file = path.join(profileDir(), 'explorer-site.json');
  if (!fs.existsSync(file)) {
    if (process.env.TRUNK_STAGING_DIR) throw new Error(`post-build: ${file} is missing: build.rs writes it; run trunk build again`);
    return null;
  }
  const site = JSON.parse(fs.readFileSync(file, 'utf8'));
  const wasm = fs.readdirSync(dir).find((f) => f.endsWith('.wasm'));
  const title = Buffer.from(site.title.zh || site.title.en, 'utf8');
  if (wasm && title.length && !fs.readFileSync(path.join(dir, wasm)).includes(title)) {
    throw new Error(`post-build: ${file} is not from the build of ${wasm} (its title is not in the wasm): run trunk build again`);
  }
  return site;
}

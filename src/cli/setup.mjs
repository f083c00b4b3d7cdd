#!/usr/bin/env node
// `npm run setup`: installs what Lectern needs, and is quick when everything is already there.
// - npm packages, exactly as package-lock.json pins them (`npm ci`), when node_modules is stale;
// - Chromium, poppler-utils and fonts from Debian, for PDF, PPTX, handouts and `lectern check`,
//   and LibreOffice Impress, which the tests open the editable PPTX with, when missing and this
//   runs as root on Debian/Ubuntu; otherwise it says what to install.
// Plain JavaScript on purpose: it runs before TypeScript tooling is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEBIAN_PACKAGES = ['chromium', 'poppler-utils', 'fonts-dejavu-core', 'libreoffice-impress'];

function log(message) {
  console.log(`setup: ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** node_modules is current when npm's own record of it matches the lock file. */
function packagesCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return false;
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const record = JSON.parse(readFileSync(installed, 'utf8'));
  return Object.entries(lock.packages ?? {}).every(([path, entry]) => path === '' || entry.optional || record.packages?.[path]?.version === entry.version);
}

function dpkgInstalled(name) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed');
}

if (packagesCurrent()) log('npm packages are up to date');
else {
  log('installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** CHROME_PATH, else the first browser on PATH: the names src/export/browser.ts looks for. */
function findBrowser() {
  return process.env.CHROME_PATH || ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].find(has);
}

const browser = findBrowser();
const missing = has('dpkg-query') ? DEBIAN_PACKAGES.filter((name) => !dpkgInstalled(name)) : [];
const needsBrowser = !browser || !has('pdfinfo');
if (!needsBrowser && missing.length === 0) {
  log(`browser: ${browser}; poppler-utils present`);
} else if (process.getuid?.() === 0 && has('apt-get')) {
  const wanted = missing.length ? missing : DEBIAN_PACKAGES;
  log(`installing ${wanted.join(', ')} from Debian`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...wanted], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} else if (needsBrowser) {
  console.error(
    'setup: Chromium and poppler-utils are needed for PDF, PPTX, handouts and `lectern check`.\n' +
      `  On Debian/Ubuntu, as root: apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}\n` +
      '  Elsewhere, install Chromium or Chrome and set CHROME_PATH to it, and install poppler (pdfinfo, pdftotext).',
  );
  process.exit(1);
} else if (missing.length) {
  log(`not installed: ${missing.join(', ')} (the tests need LibreOffice Impress); as root: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
}

try {
  const version = execFileSync(findBrowser(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  log(`ready: ${version.trim()}`);
} catch {
  log('ready');
}

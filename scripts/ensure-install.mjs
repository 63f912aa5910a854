// Installs the locked dependencies when they are missing or older than package-lock.json, so that
// `npm run site` and `npm test` work on a fresh clone. Plain JavaScript: it runs before anything is installed.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const installedLock = 'node_modules/.package-lock.json';
const needsInstall = !fs.existsSync(installedLock) || fs.statSync(installedLock).mtimeMs < fs.statSync('package-lock.json').mtimeMs;

if (needsInstall) {
  console.log('Installing the locked dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

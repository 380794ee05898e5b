// The npm registry reachable from this workplace lacks the macOS/Windows/… builds of some native
// packages, so npm leaves them out of package-lock.json, and `npm ci` then refuses the lock file
// ("Missing: @pagefind/darwin-arm64@ from lock file"). This adds an entry for every optional
// dependency that is missing, with the os/cpu its name states, so `npm ci` skips it on other
// platforms exactly as it would with a complete lock file. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openbsd: 'openbsd',
  sunos: 'sunos',
  aix: 'aix',
  openharmony: 'openharmony',
  netbsd: 'netbsd',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'wasm32'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.map((p) => OS[p]).find(Boolean);
    const cpu = parts.find((p) => CPU.includes(p));
    if (!os && cpu !== 'wasm32') {
      console.warn(`skipped ${name}: its platform cannot be read from the name`);
      continue;
    }
    packages[top] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      dev: meta.dev ?? undefined,
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} missing optional platform entries`);

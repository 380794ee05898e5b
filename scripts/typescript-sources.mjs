/**
 * Lets a plain Node script import the project's TypeScript sources (src/lib/…): Node ≥ 22.18
 * strips the types, and this resolve hook adds `.ts` (or `/index.ts`) to the extensionless
 * relative imports that Vite resolves at build time. Run scripts with the project's Node 24
 * (`npm run …` or ./node_modules/.bin/node); older Node exits with `hint`.
 */
import { registerHooks } from 'node:module';

export function allowTypeScriptSources(hint) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 18) || typeof registerHooks !== 'function') {
    console.error(`Node ${process.version}：${hint}`);
    process.exit(1);
  }
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const relative = /^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]sx?$/.test(specifier);
        if (!relative || (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'ERR_UNSUPPORTED_DIR_IMPORT')) throw error;
        for (const suffix of ['.ts', '/index.ts']) {
          try {
            return nextResolve(specifier + suffix, context);
          } catch {
            // try the next suffix
          }
        }
        throw error;
      }
    },
  });
}

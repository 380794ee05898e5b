/**
 * The site configuration, read and validated once (in astro.config.mjs) and handed to every page
 * and component as the virtual module `virtual:pufa/site` (as Starlight does with its user config),
 * instead of each one reading site.config.yaml again.
 */
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site.ts';

const MODULE_ID = 'virtual:pufa/site';
const RESOLVED_ID = `\0${MODULE_ID}`;

export default function siteConfig(site: SiteConfig): AstroIntegration {
  return {
    name: 'pufa-site-config',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile, config }) => {
        addWatchFile(new URL('site.config.yaml', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pufa-site-config',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                // The collector URL also as a named export: browser code that needs only it does not bundle the whole config.
                load: (id: string) =>
                  id === RESOLVED_ID
                    ? `export default ${JSON.stringify(site)};\nexport const collectorUrl = ${JSON.stringify(site.collector.url ?? null)};`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}

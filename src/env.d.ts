/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Popover ids of the articles already cited on the page being rendered (src/data/popovers.ts) */
    citedArticles?: Set<string>;
  }
}

declare module 'virtual:pufa/site' {
  /** site.config.yaml, validated once by the build (src/integrations/site-config.ts) */
  const site: import('./schemas/site.ts').SiteConfig;
  export default site;
  /** site.collector.url (null when unset), for browser code that needs nothing else of the config */
  export const collectorUrl: string | null;
}

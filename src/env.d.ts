/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Popover ids of the articles already cited on the page being rendered (src/data/popovers.ts) */
    citedArticles?: Set<string>;
  }
}

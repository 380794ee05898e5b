import { describe, expect, it } from 'vitest';
import { hoistIslandStyle, ISLAND_STYLE_ELEMENT } from './island-styles.ts';

describe('hoistIslandStyle', () => {
  it('moves the island style from the body into the head, once', () => {
    const page = `<html><head><title>t</title></head><body><p>a</p>${ISLAND_STYLE_ELEMENT}<astro-island></astro-island>${ISLAND_STYLE_ELEMENT}</body></html>`;
    const out = hoistIslandStyle(page);
    expect(out).toBe(`<html><head><title>t</title>${ISLAND_STYLE_ELEMENT}</head><body><p>a</p><astro-island></astro-island></body></html>`);
  });
  it('leaves pages without islands as they are', () => {
    const page = '<html><head><style>p{}</style></head><body><style>x{}</style></body></html>';
    expect(hoistIslandStyle(page)).toBe(page);
  });
});

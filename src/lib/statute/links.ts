/** Key of a resolved citation target, shared by the remark plugin and the pages: `slug#anchor`. */
export function citationRef(slug: string, anchor: string): string {
  return `${slug}#${anchor}`;
}

/** The HTML id of the popover that shows the text of a cited provision. */
export function popoverId(ref: string): string {
  return `pv-${ref.replace('#', '-')}`;
}

/** URL of a provision in the statute library. */
export function provisionUrl(slug: string, anchor: string): string {
  return `/laws/${slug}/#${anchor}`;
}

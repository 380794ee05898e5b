/**
 * A telephone number as a link: the `tel:` URL keeps only what a dialler reads, and the text keeps
 * the number on one line (U+2011 NON-BREAKING HYPHEN instead of `-`, so `0000-12345678` is never
 * split after the area code on a narrow phone screen).
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The number as shown: hyphens that do not break the line. */
export function phoneText(phone: string): string {
  return phone.replace(/-/g, '\u2011');
}

import { citationLinkOf } from './statutes.ts';

/** The articles behind the “where to get help” advice shown on every content page and leaflet. */
export function helpBasis() {
  return {
    /** 投诉举报 to the labour inspection */
    inspection: citationLinkOf('劳动保障监察条例 第9条'),
    /** 协商、调解、仲裁 */
    disputes: citationLinkOf('劳动争议调解仲裁法 第5条'),
  };
}

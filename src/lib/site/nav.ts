/** Primary navigation, in the order shown in the header. */
export const PRIMARY_NAV = [
  { href: '/', label: '首页' },
  { href: '/explainers/', label: '政策解读' },
  { href: '/cases/', label: '以案说法' },
  { href: '/laws/', label: '法规库' },
  { href: '/quiz/', label: '学法答题' },
  { href: '/tools/', label: '算得清' },
  { href: '/search/', label: '搜索' },
] as const;

/** Whether a nav item is the current section of a path. */
export function isCurrentSection(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}

export const SITE_NAME = '人社普法小站';

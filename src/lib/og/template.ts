import { OG_SIZES, type OgVariant } from './paths.ts';

/**
 * The share card drawn for every page: brand blue background, site and bureau name, the section
 * label and the page title (up to three lines, then an ellipsis). Plain satori element objects, no JSX.
 *
 * Bump TEMPLATE_VERSION whenever the drawing changes, so cached PNGs are drawn again.
 */
export const TEMPLATE_VERSION = 3;

/** Everything drawn on a card; the cache key is made from exactly these fields. */
export interface CardSpec {
  /** Page title without the site name */
  title: string;
  /** 政策解读 / 以案说法 / 法规库 …; empty for no label */
  section: string;
  /** Bureau name shown under the site name: 示例市人社局 */
  bureau: string;
  /** 人社普法小站 */
  siteName: string;
  /** Host shown at the bottom: pufa.example.gov.cn */
  host: string;
  /** The home page gets the site name as its title and a list of sections */
  home: boolean;
}

export const FONT_FAMILY = 'Noto Sans SC';
const BRAND = '#0b4a8b';
const ACCENT = '#f2a900';

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | string | Array<Node | string> };
}

const h = (style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Title font size by length, so short titles fill the card and long ones still fit three lines. */
function titleSize(title: string, variant: OgVariant): number {
  const n = [...title].length;
  if (variant === 'wide') return n <= 13 ? 80 : n <= 30 ? 68 : 60;
  return n <= 8 ? 60 : n <= 20 ? 50 : 42;
}

/** The satori element tree of a card. */
export function cardElement(spec: CardSpec, variant: OgVariant): Node {
  const { width, height } = OG_SIZES[variant];
  const wide = variant === 'wide';
  const k = wide ? 1 : 0.72; // scale of the chrome (names, label, host) on the square card
  const px = (n: number) => Math.round(n * k);
  const pad = wide ? 72 : 44;

  const mark = h(
    {
      width: px(64),
      height: px(64),
      borderRadius: px(14),
      background: '#ffffff',
      color: BRAND,
      fontSize: px(26),
      fontWeight: 700,
      alignItems: 'center',
      justifyContent: 'center',
      letterSpacing: 1,
    },
    '普法',
  );
  const names = h({ flexDirection: 'column', marginLeft: px(20), lineHeight: 1.25 }, [
    h({ fontSize: px(38), fontWeight: 700, letterSpacing: 2 }, spec.siteName),
    h({ fontSize: px(26), opacity: 0.88, marginTop: 2 }, spec.bureau),
  ]);

  const body: Node[] = [];
  if (spec.home) {
    body.push(h({ fontSize: wide ? 96 : 64, fontWeight: 700, letterSpacing: 6, lineHeight: 1.2 }, spec.siteName));
    body.push(h({ fontSize: px(wide ? 34 : 36), marginTop: px(28), opacity: 0.95, flexWrap: 'wrap' }, '政策解读 · 以案说法 · 法规库 · 学法答题'));
  } else {
    if (spec.section) {
      body.push(
        h(
          {
            alignSelf: 'flex-start',
            background: ACCENT,
            color: '#1f2328',
            fontSize: px(28),
            fontWeight: 700,
            padding: `${px(6)}px ${px(22)}px`,
            borderRadius: px(10),
            marginBottom: px(26),
          },
          spec.section,
        ),
      );
    }
    body.push({
      type: 'div',
      props: {
        style: {
          display: 'block',
          fontSize: titleSize(spec.title, variant),
          fontWeight: 700,
          lineHeight: 1.32,
          lineClamp: 3,
          textOverflow: 'ellipsis',
          overflow: 'hidden',
          width: width - pad * 2,
        },
        children: spec.title,
      },
    });
  }

  return h(
    {
      width,
      height,
      boxSizing: 'border-box',
      position: 'relative',
      flexDirection: 'column',
      background: BRAND,
      color: '#ffffff',
      fontFamily: FONT_FAMILY,
      padding: `${wide ? 56 : 40}px ${pad}px ${wide ? 52 : 40}px`,
    },
    [
      // Quiet decoration: a lighter blue circle in the corner behind the names, a gold line at the bottom.
      h({
        position: 'absolute',
        right: px(-180),
        top: px(-220),
        width: px(560),
        height: px(560),
        borderRadius: 9999,
        background: 'rgba(255,255,255,0.07)',
      }),
      h({ position: 'absolute', left: 0, bottom: 0, width, height: wide ? 14 : 10, background: ACCENT }),
      h({ alignItems: 'center' }, [mark, names]),
      h({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, body),
      h({ fontSize: px(24), opacity: 0.85, letterSpacing: 1 }, spec.host),
    ],
  );
}

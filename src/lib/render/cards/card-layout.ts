/**
 * A page's social card, laid out: 1200 × 630, the light theme's colours,
 * the question (or a story's headline) large, the story's name above it and
 * the site's name at the foot, under the masthead's accent bar. The tree is
 * the element objects satori lays out, so it is plain data, made without JSX.
 */

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The light theme's tokens (src/styles/tokens.css) the card uses. */
const COLOURS = { text: '#1a1a1a', muted: '#505050', bg: '#ffffff', accent: '#a4161a', rule: '#d3cec5' } as const;

export interface CardText {
  /** The large line: a question, or a story's headline. */
  title: string;
  /** The small line above it: the story's name; none when it would repeat the site's name or the title. */
  kicker?: string | undefined;
  /** The site's name, at the foot. */
  site: string;
}

export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** Longer titles get smaller type, so a long question still fits in four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 60 ? 68 : length <= 100 ? 58 : length <= 150 ? 48 : 40;
}

// The accent bar is a box of its own and the text sits in an inner box: the frame's size is then the image's, whatever satori makes of padding.
const frame = (children: CardNode[]) =>
  div(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLOURS.bg,
      fontFamily: 'Noto Sans latin',
      color: COLOURS.text,
    },
    [
      div({ display: 'flex', height: 16, backgroundColor: COLOURS.accent }),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '56px 80px 48px' }, children),
    ],
  );

const foot = (site: string) =>
  div({ display: 'flex', marginTop: 'auto', paddingTop: 24, borderTop: `2px solid ${COLOURS.rule}`, fontSize: 30, fontWeight: 700 }, site);

export function cardTree({ title, kicker, site }: CardText): CardNode {
  return frame([
    ...(kicker ? [div({ display: 'flex', fontSize: 30, color: COLOURS.muted, marginBottom: 28, lineClamp: 2 }, kicker)] : []),
    div({ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 }, title),
    foot(site),
  ]);
}

/** The card for text the font cannot set: the site's name alone, or, when even that cannot be set, the bare frame. */
export function plainCardTree(site: string | undefined): CardNode {
  return frame(site === undefined ? [] : [div({ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15, lineClamp: 4 }, site)]);
}

/**
 * How many columns a grid of cards may use at most, so that a wide screen
 * never shows a row with one card left alone under a full row (3 + 1): of
 * three columns or two, the one that leaves the fewest empty places in the
 * last row, three on a tie. Narrower screens fit fewer columns anyway.
 */
export const MAX_CARD_COLUMNS = 3;

export function cardColumns(cards: number): 2 | 3 {
  const empty = (columns: number) => (columns - (cards % columns)) % columns;
  return cards > 1 && empty(2) < empty(MAX_CARD_COLUMNS) ? 2 : 3;
}

/** Shortens text for a one-line message, marking the cut with an ellipsis. */
export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

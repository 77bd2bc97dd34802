/**
 * Seed text is plain text. Before it becomes Markdown, every character that
 * Markdown or HTML would interpret is escaped, so `<script>` in a seed is
 * shown as those characters, never run.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^(\s*)([#>+=-]|\d+[.)])/gm, (_, space: string, marker: string) => `${space}${marker.replace(/^(\d*)(.)$/, '$1\\$2')}`);
}

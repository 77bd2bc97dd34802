/**
 * A minimal line chart as SVG text: one line per series over shared x and y
 * axes, with ticks and a legend. Enough to show build time against entries
 * without a plotting dependency.
 */
export interface Series {
  name: string;
  colour: string;
  points: readonly { x: number; y: number }[];
}

export interface PlotOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

const MARGIN = { left: 64, right: 150, top: 40, bottom: 52 };

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]!};`);
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Round tick values covering 0..max. */
export function ticks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const step = [1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(raw))).find((s) => s >= raw)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

export function linePlot(series: readonly Series[], options: PlotOptions): string {
  const { width = 640, height = 380 } = options;
  const all = series.flatMap((s) => s.points);
  const xTicks = ticks(Math.max(0, ...all.map((p) => p.x)));
  const yTicks = ticks(Math.max(0, ...all.map((p) => p.y)));
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (v: number) => MARGIN.left + (v / xTicks.at(-1)!) * plotW;
  const y = (v: number) => MARGIN.top + plotH - (v / yTicks.at(-1)!) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">${escapeXml(options.title)}</text>`,
    ...xTicks.map(
      (t) =>
        `<line x1="${fmt(x(t))}" y1="${MARGIN.top}" x2="${fmt(x(t))}" y2="${MARGIN.top + plotH}" stroke="#eee"/><text x="${fmt(x(t))}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${t}</text>`,
    ),
    ...yTicks.map(
      (t) =>
        `<line x1="${MARGIN.left}" y1="${fmt(y(t))}" x2="${MARGIN.left + plotW}" y2="${fmt(y(t))}" stroke="#eee"/><text x="${MARGIN.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${t}</text>`,
    ),
    `<text x="${MARGIN.left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
  ];
  series.forEach((s, i) => {
    const pts = [...s.points].sort((a, b) => a.x - b.x);
    parts.push(
      `<polyline class="series" data-name="${escapeXml(s.name)}" fill="none" stroke="${s.colour}" stroke-width="2" points="${pts.map((p) => `${fmt(x(p.x))},${fmt(y(p.y))}`).join(' ')}"/>`,
    );
    for (const p of pts) parts.push(`<circle cx="${fmt(x(p.x))}" cy="${fmt(y(p.y))}" r="3" fill="${s.colour}"/>`);
    const ly = MARGIN.top + 10 + i * 20;
    parts.push(
      `<line x1="${width - MARGIN.right + 16}" y1="${ly}" x2="${width - MARGIN.right + 36}" y2="${ly}" stroke="${s.colour}" stroke-width="2"/><text x="${width - MARGIN.right + 42}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

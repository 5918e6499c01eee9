/** A small SVG line chart: time on x, one line per series, the y range from 0 to the largest value. */

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 560;
const HEIGHT = 160;
const PAD = { left: 64, right: 8, top: 8, bottom: 20 };

export interface Series {
  name: string;
  /** a CSS colour */
  color: string;
  points: [t: number, value: number][];
}

/** The counters' samples (history.ts) as rates per second between consecutive samples. */
export function rates<S extends { t: number }>(samples: S[], value: (s: S) => number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < samples.length; i++) {
    const seconds = (samples[i]!.t - samples[i - 1]!.t) / 1000;
    if (seconds <= 0) continue;
    // a deleted topic takes its counts with it: never a negative rate
    out.push([samples[i]!.t, Math.max(0, (value(samples[i]!) - value(samples[i - 1]!)) / seconds)]);
  }
  return out;
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function lineChart(title: string, series: Series[], format: (v: number) => string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.append(title, ...series.map((s) => legend(s)));
  const all = series.flatMap((s) => s.points);
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': title });
  if (all.length === 0) {
    svg.append(el('text', { x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle', class: 'muted' }, 'no samples yet'));
  } else {
    const t0 = Math.min(...all.map((p) => p[0]));
    const t1 = Math.max(...all.map((p) => p[0]), t0 + 1);
    const top = Math.max(...all.map((p) => p[1]), 1);
    const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
    const y = (v: number) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
    svg.append(
      el('line', { x1: PAD.left, y1: y(0), x2: WIDTH - PAD.right, y2: y(0), class: 'axis' }),
      el('line', { x1: PAD.left, y1: y(top), x2: WIDTH - PAD.right, y2: y(top), class: 'grid' }),
      el('text', { x: PAD.left - 4, y: y(top) + 4, 'text-anchor': 'end' }, format(top)),
      el('text', { x: PAD.left - 4, y: y(0), 'text-anchor': 'end' }, format(0)),
      el('text', { x: PAD.left, y: HEIGHT - 4 }, new Date(t0).toLocaleTimeString('en-GB')),
      el(
        'text',
        { x: WIDTH - PAD.right, y: HEIGHT - 4, 'text-anchor': 'end' },
        new Date(t1).toLocaleTimeString('en-GB'),
      ),
    );
    for (const s of series) {
      const d = s.points.map(([t, v], i) => `${i === 0 ? 'M' : 'L'}${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      // one point is a dot, two or more a line
      if (s.points.length === 1)
        svg.append(el('circle', { cx: x(s.points[0]![0]), cy: y(s.points[0]![1]), r: 3, fill: s.color }));
      else svg.append(el('path', { d, stroke: s.color, fill: 'none', 'stroke-width': 2 }));
    }
  }
  figure.append(caption, svg);
  return figure;
}

function legend(s: Series): HTMLElement {
  const span = document.createElement('span');
  span.className = 'legend';
  span.style.setProperty('--color', s.color);
  span.textContent = s.name;
  return span;
}

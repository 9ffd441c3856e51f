import * as Plot from '@observablehq/plot';
import simplify from 'simplify-js';

export type Surface = (x: number, y: number) => number;
export type Interval = readonly [number, number];

interface ContourOptions {
  levels?: number;
  spacing?: 'log' | 'linear';
  resolution?: number;
  top?: 'grid' | 'edge';
  /**
   * What the surface is, for reuse across redraws: a redraw with the same key and frame clones the
   * level lines drawn before instead of sampling and tracing them again. Defaults to `f`; pass a
   * stable object when `f` is a new closure on every draw.
   */
  key?: object;
}

/** Level lines already drawn, by surface key, then by frame and options. */
const drawn = new WeakMap<object, Map<string, Element>>();

/**
 * The level sets of f over a rectangle, as one Plot mark. Loss surfaces span many orders of
 * magnitude, so the levels are spaced evenly in log(f − min) unless `spacing` is 'linear'.
 * The top level is the grid's highest value, or with `top: 'edge'` the lowest value on the
 * rectangle's edge, so that every level set is a closed curve inside it (none runs along the frame).
 */
export function contourMarks(f: Surface, x: Interval, y: Interval, options: ContourOptions = {}): Plot.Markish[] {
  const { levels = 14, spacing = 'log', resolution = 80, top = 'grid', key = f } = options;
  const mark: Plot.RenderFunction = (_index, scales, _values, dimensions, context) => {
    const { width, height, marginTop, marginRight, marginBottom, marginLeft } = dimensions;
    const range = { x: [scales.x!(x[0]), scales.x!(x[1])], y: [scales.y!(y[0]), scales.y!(y[1])] } as const;
    const frame = [width, height, marginTop, marginRight, marginBottom, marginLeft, range.x, range.y, levels, spacing, resolution, top].join();
    if (!drawn.has(key)) drawn.set(key, new Map());
    const layers = drawn.get(key)!;
    let layer = layers.get(frame);
    if (layer?.ownerDocument !== context.document) {
      const chart = Plot.plot({
        document: context.document,
        ...dimensions,
        axis: null,
        x: { domain: x, range: range.x },
        y: { domain: y, range: range.y },
        marks: [levelLines(f, x, y, { levels, spacing, resolution, top })],
      });
      // Plot wraps the lines in a group clipped to the frame by a clipPath in the chart's root: the
      // layer is that group, carrying its clipPath.
      layer = chart.querySelector('g[clip-path]')!;
      layer.prepend(chart.querySelector('clipPath')!);
      for (const path of layer.querySelectorAll('path')) path.setAttribute('d', simplifiedPath(path.getAttribute('d') ?? ''));
      layers.set(frame, layer);
    }
    return layer.cloneNode(true) as SVGElement;
  };
  return [mark];
}

/** Plot's contour mark for f over the rectangle, clipped to the frame. */
function levelLines(f: Surface, [x1, x2]: Interval, [y1, y2]: Interval, { levels, spacing, resolution, top }: Required<Omit<ContourOptions, 'key'>>) {
  let low = Infinity;
  let high = -Infinity;
  let edge = Infinity;
  for (let i = 0; i <= resolution; i++) {
    for (let j = 0; j <= resolution; j++) {
      const v = f(x1 + ((x2 - x1) * i) / resolution, y1 + ((y2 - y1) * j) / resolution);
      if (Number.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
        if (i === 0 || j === 0 || i === resolution || j === resolution) edge = Math.min(edge, v);
      }
    }
  }
  if (top === 'edge' && edge < high) high = edge;
  const span = high - low;
  const thresholds = Array.from({ length: levels }, (_, k) => {
    const t = (k + 1) / (levels + 1);
    // Log spacing covers three decades above the minimum: low + span·10^(−3(1 − t)).
    return spacing === 'log' ? low + span * 10 ** (-3 * (1 - t)) : low + span * t;
  });
  // Contour polygons close along the edge of the sampled rectangle; sampling a cell beyond the
  // drawn one and clipping keeps those edges out of sight, so only true level curves show.
  // Levels below the edge's lowest value ('edge') close inside the rectangle and need no margin.
  const cells = top === 'edge' ? 0 : 1;
  const [dx, dy] = [((x2 - x1) / resolution) * cells, ((y2 - y1) / resolution) * cells];
  return Plot.contour({
    x1: x1 - dx,
    x2: x2 + dx,
    y1: y1 - dy,
    y2: y2 + dy,
    width: resolution + 2 * cells,
    height: resolution + 2 * cells,
    clip: true,
    // Plot outlines the region above each threshold, whose border includes the frame; the region
    // below (contours of −f) is bordered by the level set alone, which 'edge' levels keep inside.
    value: top === 'edge' ? (x: number, y: number) => -f(x, y) : f,
    thresholds: top === 'edge' ? thresholds.map((t) => -t) : thresholds,
    stroke: 'currentColor',
    strokeOpacity: 0.35,
    fill: 'none',
    className: contourClass,
  });
}

/**
 * How far, in pixels, a simplified level line may stray from the traced one. Marching squares puts
 * a point on every grid edge a line crosses, most of them on near-straight stretches; dropping the
 * ones within a fifth of a pixel of the line removes most of a map's path data without a visible change.
 */
export const contourTolerance = 0.2;

/** A contour path as Plot writes it (`M…L…Z` lines), each line simplified by Douglas–Peucker. */
export function simplifiedPath(d: string): string {
  return d
    .split('M')
    .filter(Boolean)
    .map((line) => {
      const points = line
        .replace('Z', '')
        .split('L')
        .map((p) => {
          const [x = NaN, y = NaN] = p.split(',').map(Number);
          return { x, y };
        });
      const kept = simplify(points, contourTolerance, true);
      return `M${kept.map(({ x, y }) => `${x},${y}`).join('L')}${line.includes('Z') ? 'Z' : ''}`;
    })
    .join('');
}

/** The class of the group that holds the level lines drawn by {@link contourMarks}. */
export const contourClass = 'contour-levels';

import * as Plot from '@observablehq/plot';
import { legible } from '../plots/compose.ts';
import { contourMarks } from '../plots/contours.ts';
import { mapMargins, type MapFrame } from './surface.ts';
import type { Surface2D } from '../problems/surfaces.ts';

/** The level curves of a surface on its frame (see `mapFrame`), with `marks` drawn on top. */
export function drawMap(surface: Surface2D, frame: MapFrame, marks: Plot.Markish[], document: Document): Element {
  const { x, y } = surface.domain;
  return legible(Plot.plot({
    document,
    width: frame.width + mapMargins.left + mapMargins.right,
    height: frame.height + mapMargins.top + mapMargins.bottom,
    marginLeft: mapMargins.left,
    marginRight: mapMargins.right,
    marginTop: mapMargins.top,
    marginBottom: mapMargins.bottom,
    x: { domain: x, label: surface.vars[0], labelAnchor: 'right' },
    y: { domain: y, label: surface.vars[1], labelAnchor: 'top' },
    marks: [Plot.frame({ strokeOpacity: 0.3 }), ...contourMarks(surface.f, x, y, { spacing: surface.spacing ?? 'log', resolution: 60 }), ...marks],
  }) as Element);
}

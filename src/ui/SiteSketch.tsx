/**
 * Static SVG sketch of one or more sites in their surroundings: the 2013 streets with a few of their names,
 * municipal boundaries, the region outline, other candidate sites, STIB stops (dots) and rail stations
 * (squares). No WebGL, so it prints reliably and costs nothing in the compare view. Labels come from data only
 * as SVG text nodes.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geometriesBbox } from '../core/geo/bbox.ts';
import type { Lang } from '../i18n/i18n.ts';
import { featuresIn, isMajorRoad, sketchFrame, streetLabels, svgPath, type SketchIndex } from '../core/geo/sketch.ts';
import { streetName } from './format.ts';

export interface SiteSketchProps {
  /** The sites to highlight, numbered 1… in this order when `numbered`. */
  focus: readonly Feature<Geometry>[];
  index: SketchIndex;
  communes: FeatureCollection | undefined;
  region: FeatureCollection | undefined;
  widthPx: number;
  heightPx: number;
  numbered?: boolean;
  /** Accessible name of the picture. */
  label: string;
  /** Language of the street names; without it no street is named. */
  lang?: Lang;
}

/** Most stops drawn; beyond this the frame is too wide for stops to mean anything. */
const maxStops = 400;
/** Most road pieces drawn; a wider frame keeps only the main roads and names no street. */
const maxRoads = 1500;
/** Street names written around the site. */
const maxStreetNames = 5;

/** The sketch as an inline SVG (role img). */
export function SiteSketch({ focus, index, communes, region, widthPx, heightPx, numbered, label, lang }: SiteSketchProps) {
  const box = geometriesBbox(focus.map((f) => f.geometry));
  if (!box) return null;
  const frame = sketchFrame(box, widthPx, heightPx);
  const near = featuresIn(index, frame.bbox);
  const focusIds = new Set(focus.map((f) => String(f.properties?.siteId)));
  // a region-wide frame (compare view) would be carpeted with stops: draw them only at neighbourhood scale
  const stops = near.stops.length <= maxStops ? near.stops : [];
  const local = near.roads.length <= maxRoads;
  const roads = local ? near.roads : near.roads.filter((i) => isMajorRoad(index.roads.features[i]!.properties));
  const names = local && lang ? streetLabels(index, frame, roads, (p) => streetName(lang, p), maxStreetNames) : [];
  return (
    <svg class="site-sketch" viewBox={`0 0 ${widthPx} ${heightPx}`} width={widthPx} height={heightPx} role="img" aria-label={label}>
      <rect x="0" y="0" width={widthPx} height={heightPx} fill="#f4f2ee" />
      {region?.features.map((f, i) => <path key={`r${i}`} d={svgPath(f.geometry, frame)} fill="#fff" stroke="#888" stroke-width="1.5" />)}
      {roads.map((i) => {
        const major = isMajorRoad(index.roads.features[i]!.properties);
        return <path key={`w${i}`} class="sketch-road" d={svgPath(index.roads.features[i]!.geometry, frame)} fill="none" stroke={major ? '#b9b2a6' : '#d6d1c8'} stroke-width={major ? 3 : 1.4} stroke-linecap="round" stroke-linejoin="round" />;
      })}
      {communes?.features.map((f, i) => <path key={`c${i}`} d={svgPath(f.geometry, frame)} fill="none" stroke="#aaa" stroke-width="0.8" stroke-dasharray="4 3" />)}
      {near.sites
        .filter((i) => !focusIds.has(String(index.sites.features[i]?.properties?.siteId)))
        .map((i) => <path key={`s${i}`} d={svgPath(index.sites.features[i]!.geometry, frame)} fill="#d9cfe8" stroke="#9a88b8" stroke-width="0.6" />)}
      {stops.map((i) => {
        const [x, y] = frame.project((index.stops.features[i]!.geometry as { coordinates: number[] }).coordinates);
        return <circle key={`p${i}`} cx={x} cy={y} r="2.2" fill="#c8102e" />;
      })}
      {near.stations.map((i) => {
        const [x, y] = frame.project((index.stations.features[i]!.geometry as { coordinates: number[] }).coordinates);
        return <rect key={`t${i}`} x={x - 4} y={y - 4} width="8" height="8" fill="#003d7c" stroke="#fff" />;
      })}
      {focus.map((f, i) => (
        <path key={`f${i}`} d={svgPath(f.geometry, frame)} fill="#5b3a8c" fill-opacity="0.75" stroke="#2d1a4a" stroke-width="1.5" />
      ))}
      {names.map((n, i) => (
        <text key={`l${i}`} class="sketch-street" x={n.x} y={n.y} transform={`rotate(${n.angle.toFixed(1)} ${n.x.toFixed(1)} ${n.y.toFixed(1)})`} text-anchor="middle" dominant-baseline="central" font-size="9" font-style="italic" fill="#444" stroke="#fff" stroke-width="2.5" paint-order="stroke">
          {n.text}
        </text>
      ))}
      {numbered &&
        focus.map((f, i) => {
          const b = geometriesBbox([f.geometry])!;
          const [x, y] = frame.project([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
          return (
            <g key={`n${i}`}>
              <circle cx={x} cy={y} r="9" fill="#fff" stroke="#2d1a4a" />
              <text x={x} y={y + 4} text-anchor="middle" font-size="11" font-weight="700" fill="#2d1a4a">
                {String(i + 1)}
              </text>
            </g>
          );
        })}
      <ScaleBar frame={frame} />
    </svg>
  );
}

function ScaleBar({ frame }: { frame: ReturnType<typeof sketchFrame> }) {
  const [x0] = frame.project([frame.bbox[0], frame.bbox[1]]);
  const spanM = frame.widthM;
  const steps = [50, 100, 200, 250, 500, 1000, 2000, 5000];
  const m = steps.filter((s) => s <= spanM / 4).pop() ?? 50;
  const px = (m / spanM) * frame.widthPx;
  const y = frame.heightPx - 8;
  return (
    <g>
      <rect x={x0 + 4} y={y - 12} width={px + 8} height="16" fill="#fff" fill-opacity="0.8" />
      <path d={`M${x0 + 8} ${y - 4}V${y}H${x0 + 8 + px}V${y - 4}`} fill="none" stroke="#222" />
      <text x={x0 + 8 + px / 2} y={y - 3} text-anchor="middle" font-size="9">{m >= 1000 ? `${m / 1000} km` : `${m} m`}</text>
    </g>
  );
}

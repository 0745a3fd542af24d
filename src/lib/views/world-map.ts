/**
 * The world map, drawn at build time: d3-geo projects the world-atlas TopoJSON (Natural Earth 1:110m)
 * into SVG paths; the Atlas's countries are matched by their ISO code. A country too small for that
 * scale (Singapore) is drawn as a dot where the 1:50m map puts it.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import detailed from 'world-atlas/countries-50m.json';

export interface MapCountry {
  iso2: string;
  name: string;
  href: string;
  /** A class suffix and label for the shading. */
  group: string;
  groupLabel: string;
}

export interface MapShape {
  /** ISO 3166-1 numeric code, as world-atlas names its shapes. */
  numeric: string;
  d: string;
  country?: MapCountry | undefined;
}

export interface WorldMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Atlas countries found on neither map (not a single country, or not on either scale). */
  unmapped: MapCountry[];
}

const ANTARCTICA = '010';

export function worldMap(countries: readonly MapCountry[], width = 960): WorldMap {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const features = (collection.features as Feature<Geometry>[]).filter((f) => String(f.id) !== ANTARCTICA);
  const height = Math.round(width * 0.47);
  const projection = geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  const byNumeric = new Map(countries.map((c) => [countryCodes.alpha2ToNumeric(c.iso2) ?? '', c]));
  const shapes = features.flatMap((f) => {
    const d = path(f);
    return d ? [{ numeric: String(f.id), d, country: byNumeric.get(String(f.id)) }] : [];
  });
  const drawn = new Set(shapes.flatMap((s) => (s.country ? [s.country.iso2] : [])));
  const small = countries.filter((c) => !drawn.has(c.iso2));
  const dots = small.length > 0 ? smallCountries(small, path) : [];
  const dotted = new Set(dots.flatMap((s) => (s.country ? [s.country.iso2] : [])));
  // Atlas countries on top, so their outlines are not hidden by neighbours.
  shapes.sort((a, b) => Number(Boolean(a.country)) - Number(Boolean(b.country)));
  return { width, height, shapes: [...shapes, ...dots], unmapped: small.filter((c) => !dotted.has(c.iso2)) };
}

/** The radius of the dot that stands for a country too small to draw, in the map's units. */
const DOT = 4;

/** Countries absent from the 1:110m map, as dots at their centre on the 1:50m map. */
let detailedFeatures: Feature<Geometry>[] | undefined;

function smallCountries(countries: readonly MapCountry[], path: ReturnType<typeof geoPath>): MapShape[] {
  // Converted once per build (the home page and /map/ both draw the map).
  const topology = detailed as unknown as Topology<{ countries: GeometryCollection }>;
  const features = (detailedFeatures ??= feature(topology, topology.objects.countries).features as Feature<Geometry>[]);
  return countries.flatMap((country) => {
    const numeric = countryCodes.alpha2ToNumeric(country.iso2) ?? '';
    const found = features.find((f) => String(f.id) === numeric);
    const [x, y] = found ? path.centroid(found) : [NaN, NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    const d = `M${(x - DOT).toFixed(1)},${y.toFixed(1)}a${DOT},${DOT} 0 1,0 ${2 * DOT},0a${DOT},${DOT} 0 1,0 ${-2 * DOT},0Z`;
    return [{ numeric, d, country }];
  });
}

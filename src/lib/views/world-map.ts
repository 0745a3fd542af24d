/**
 * The world map, drawn at build time: d3-geo projects the world-atlas TopoJSON (Natural Earth 1:110m)
 * into SVG paths; the Atlas's countries are matched by their ISO code.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

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
  /** Atlas countries with no shape at this scale (too small, or not a single country). */
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
  // Atlas countries on top, so their outlines are not hidden by neighbours.
  shapes.sort((a, b) => Number(Boolean(a.country)) - Number(Boolean(b.country)));
  return { width, height, shapes, unmapped: countries.filter((c) => !drawn.has(c.iso2)) };
}

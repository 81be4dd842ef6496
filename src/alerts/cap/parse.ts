import { parseCapDateTime } from './datetime.ts';
import {
  capCategories,
  capCertainties,
  capMsgTypes,
  capNamespace,
  capResponseTypes,
  capScopes,
  capSeverities,
  capStatuses,
  capUrgencies,
  type CapAlert,
  type CapArea,
  type CapCircle,
  type CapInfo,
  type CapNamedValue,
  type CapResource,
} from './model.ts';
import { parseCapPolygon } from './polygon.ts';
import { parseReferences } from './references.ts';
import { parseXmlTree, XmlRefusedError, type XmlElement } from './xml-tree.ts';

const xmlDsigNamespace = 'http://www.w3.org/2000/09/xmldsig#';

/** A message the reader refuses, with where (`alert.info[1].severity`) and why. */
export class CapParseError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${path}${line === undefined ? '' : ` (line ${line})`}: ${reason}`);
    this.name = 'CapParseError';
  }
}

export interface ParsedCap {
  alert: CapAlert;
  /** An enveloped XML-DSig `Signature` is present (read past, not verified). */
  signed: boolean;
}

/** The CAP children of one element, by name, refusing names the schema does not know there. */
class Children {
  private readonly byName = new Map<string, XmlElement[]>();

  constructor(
    private readonly element: XmlElement,
    private readonly path: string,
    known: readonly string[],
  ) {
    for (const child of element.children) {
      if (child.uri !== capNamespace) continue;
      if (!known.includes(child.local))
        throw new CapParseError(`${path}.${child.local}`, 'not an element CAP 1.2 has here', child.line);
      const same = this.byName.get(child.local);
      if (same) same.push(child);
      else this.byName.set(child.local, [child]);
    }
  }

  all(name: string): XmlElement[] {
    return this.byName.get(name) ?? [];
  }

  optional(name: string): string | undefined {
    const found = this.all(name);
    if (found.length > 1) throw new CapParseError(`${this.path}.${name}`, 'appears more than once', found[1]!.line);
    return found[0]?.text.trim();
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw new CapParseError(`${this.path}.${name}`, 'is required', this.element.line);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], value = this.required(name)): T {
    if (!(allowed as readonly string[]).includes(value))
      throw new CapParseError(
        `${this.path}.${name}`,
        `"${value}" is not one of ${allowed.join(', ')}`,
        this.element.line,
      );
    return value as T;
  }

  dateTime(name: string): string | undefined {
    const value = this.optional(name);
    if (value !== undefined && parseCapDateTime(value) === undefined) {
      throw new CapParseError(
        `${this.path}.${name}`,
        `"${value}" is not a CAP date-time (YYYY-MM-DDThh:mm:ss±hh:mm)`,
        this.element.line,
      );
    }
    return value;
  }

  decimal(name: string): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (value === '' || !Number.isFinite(number))
      throw new CapParseError(`${this.path}.${name}`, `"${value}" is not a number`, this.element.line);
    return number;
  }
}

function namedValues(elements: XmlElement[], path: string): CapNamedValue[] {
  return elements.map((element, index) => {
    const c = new Children(element, `${path}[${index}]`, ['valueName', 'value']);
    return { valueName: c.required('valueName'), value: c.required('value') };
  });
}

function readCircle(text: string, path: string, line: number): CapCircle {
  const match = /^\s*(-?[\d.]+),(-?[\d.]+)\s+([\d.]+)\s*$/.exec(text);
  const circle = match ? { lat: Number(match[1]), lon: Number(match[2]), radiusKm: Number(match[3]) } : undefined;
  if (!circle || [circle.lat, circle.lon, circle.radiusKm].some((n) => !Number.isFinite(n)))
    throw new CapParseError(path, `"${text}" is not "lat,lon radius"`, line);
  return circle;
}

function readArea(element: XmlElement, path: string): CapArea {
  const c = new Children(element, path, ['areaDesc', 'polygon', 'circle', 'geocode', 'altitude', 'ceiling']);
  const polygons = c.all('polygon').map((polygon, index) => {
    const parsed = parseCapPolygon(polygon.text);
    if (!parsed)
      throw new CapParseError(
        `${path}.polygon[${index}]`,
        'not a closed ring of four or more "lat,lon" pairs',
        polygon.line,
      );
    return parsed;
  });
  const area: CapArea = {
    areaDesc: c.required('areaDesc'),
    polygons,
    circles: c.all('circle').map((circle, index) => readCircle(circle.text, `${path}.circle[${index}]`, circle.line)),
    geocodes: namedValues(c.all('geocode'), `${path}.geocode`),
  };
  const altitude = c.decimal('altitude');
  const ceiling = c.decimal('ceiling');
  if (altitude !== undefined) area.altitude = altitude;
  if (ceiling !== undefined) area.ceiling = ceiling;
  return area;
}

function readResource(element: XmlElement, path: string): CapResource {
  const c = new Children(element, path, ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest']);
  const resource: CapResource = { resourceDesc: c.required('resourceDesc'), mimeType: c.required('mimeType') };
  const size = c.decimal('size');
  if (size !== undefined) resource.size = size;
  for (const key of ['uri', 'derefUri', 'digest'] as const) {
    const value = c.optional(key);
    if (value !== undefined) resource[key] = value;
  }
  return resource;
}

const infoElements = [
  'language',
  'category',
  'event',
  'responseType',
  'urgency',
  'severity',
  'certainty',
  'audience',
  'eventCode',
  'effective',
  'onset',
  'expires',
  'senderName',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
  'parameter',
  'resource',
  'area',
];

function readInfo(element: XmlElement, path: string): CapInfo {
  const c = new Children(element, path, infoElements);
  const categories = c.all('category');
  if (categories.length === 0) throw new CapParseError(`${path}.category`, 'at least one is required', element.line);
  const info: CapInfo = {
    // CAP's default when the element is absent (the schema's `default = "en-US"`).
    language: c.optional('language') ?? 'en-US',
    categories: categories.map((category) => c.oneOf('category', capCategories, category.text.trim())),
    event: c.required('event'),
    responseTypes: c.all('responseType').map((type) => c.oneOf('responseType', capResponseTypes, type.text.trim())),
    urgency: c.oneOf('urgency', capUrgencies),
    severity: c.oneOf('severity', capSeverities),
    certainty: c.oneOf('certainty', capCertainties),
    eventCodes: namedValues(c.all('eventCode'), `${path}.eventCode`),
    parameters: namedValues(c.all('parameter'), `${path}.parameter`),
    resources: c.all('resource').map((resource, index) => readResource(resource, `${path}.resource[${index}]`)),
    areas: c.all('area').map((area, index) => readArea(area, `${path}.area[${index}]`)),
  };
  for (const key of ['audience', 'senderName', 'headline', 'description', 'instruction', 'web', 'contact'] as const) {
    const value = c.optional(key);
    if (value !== undefined) info[key] = value;
  }
  for (const key of ['effective', 'onset', 'expires'] as const) {
    const value = c.dateTime(key);
    if (value !== undefined) info[key] = value;
  }
  return info;
}

const alertElements = [
  'identifier',
  'sender',
  'sent',
  'status',
  'msgType',
  'source',
  'scope',
  'restriction',
  'addresses',
  'code',
  'note',
  'references',
  'incidents',
  'info',
];

/**
 * Reads a CAP 1.2 message (any prefix, or none, for the CAP namespace). Strict: the XML must be well formed
 * and carry no DTD; the required elements must be there with values the standard allows, dates in CAP's form,
 * references and polygons readable. Elements of other namespaces (an XML-DSig signature) are read past.
 */
export function parseCap(xml: string): ParsedCap {
  let root: XmlElement;
  try {
    root = parseXmlTree(xml);
  } catch (error) {
    if (error instanceof XmlRefusedError) throw new CapParseError('xml', error.message, error.line);
    throw error;
  }
  if (root.uri !== capNamespace || root.local !== 'alert') {
    throw new CapParseError(
      'alert',
      `the root element is {${root.uri}}${root.local}, not a CAP 1.2 alert (${capNamespace})`,
      root.line,
    );
  }
  const c = new Children(root, 'alert', alertElements);
  const sent = c.dateTime('sent');
  if (sent === undefined) throw new CapParseError('alert.sent', 'is required', root.line);
  const referencesText = c.optional('references');
  const references = referencesText === undefined ? [] : parseReferences(referencesText);
  if (!references)
    throw new CapParseError('alert.references', 'each entry must be "sender,identifier,sent"', root.line);
  const alert: CapAlert = {
    identifier: c.required('identifier'),
    sender: c.required('sender'),
    sent,
    status: c.oneOf('status', capStatuses),
    msgType: c.oneOf('msgType', capMsgTypes),
    scope: c.oneOf('scope', capScopes),
    codes: c.all('code').map((code) => code.text.trim()),
    references,
    infos: c.all('info').map((info, index) => readInfo(info, `alert.info[${index}]`)),
  };
  for (const key of ['source', 'restriction', 'addresses', 'note', 'incidents'] as const) {
    const value = c.optional(key);
    if (value !== undefined) alert[key] = value;
  }
  const signed = root.children.some((child) => child.uri === xmlDsigNamespace && child.local === 'Signature');
  return { alert, signed };
}

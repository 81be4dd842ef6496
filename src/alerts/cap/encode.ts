import { capDateTimePattern } from './datetime.ts';
import {
  capNamespace,
  type CapAlert,
  type CapArea,
  type CapInfo,
  type CapNamedValue,
  type CapResource,
} from './model.ts';
import { formatCapPolygon } from './polygon.ts';
import { formatReferences, isCapToken } from './references.ts';

// Characters XML 1.0 cannot carry at all (not even escaped): most C0 controls, lone surrogates, U+FFFE/FFFF.
const notXmlChar =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text content escaped for XML; a carriage return is kept as a character reference so parsers do not fold it. */
export function escapeXmlText(text: string): string {
  if (notXmlChar.test(text)) throw new RangeError('text holds a character XML 1.0 cannot carry');
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

class Writer {
  private readonly lines: string[] = [];
  private depth = 0;

  open(name: string, attributes = ''): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attributes}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${name}>`);
  }

  leaf(name: string, value: string | number | undefined): void {
    if (value === undefined) return;
    this.lines.push(`${'  '.repeat(this.depth)}<${name}>${escapeXmlText(String(value))}</${name}>`);
  }

  named(name: string, pairs: readonly CapNamedValue[]): void {
    for (const pair of pairs) {
      this.open(name);
      this.leaf('valueName', pair.valueName);
      this.leaf('value', pair.value);
      this.close(name);
    }
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function dateTime(value: string | undefined, what: string): string | undefined {
  if (value !== undefined && !capDateTimePattern.test(value))
    throw new RangeError(`${what} "${value}" is not a CAP date-time (YYYY-MM-DDThh:mm:ss±hh:mm)`);
  return value;
}

function writeResource(w: Writer, resource: CapResource): void {
  w.open('resource');
  w.leaf('resourceDesc', resource.resourceDesc);
  w.leaf('mimeType', resource.mimeType);
  w.leaf('size', resource.size);
  w.leaf('uri', resource.uri);
  w.leaf('derefUri', resource.derefUri);
  w.leaf('digest', resource.digest);
  w.close('resource');
}

function writeArea(w: Writer, area: CapArea): void {
  w.open('area');
  w.leaf('areaDesc', area.areaDesc);
  for (const polygon of area.polygons) w.leaf('polygon', formatCapPolygon(polygon));
  for (const circle of area.circles) w.leaf('circle', `${circle.lat},${circle.lon} ${circle.radiusKm}`);
  w.named('geocode', area.geocodes);
  w.leaf('altitude', area.altitude);
  w.leaf('ceiling', area.ceiling);
  w.close('area');
}

function writeInfo(w: Writer, info: CapInfo): void {
  if (info.categories.length === 0) throw new RangeError('a CAP info block needs at least one category');
  w.open('info');
  w.leaf('language', info.language);
  for (const category of info.categories) w.leaf('category', category);
  w.leaf('event', info.event);
  for (const responseType of info.responseTypes) w.leaf('responseType', responseType);
  w.leaf('urgency', info.urgency);
  w.leaf('severity', info.severity);
  w.leaf('certainty', info.certainty);
  w.leaf('audience', info.audience);
  w.named('eventCode', info.eventCodes);
  w.leaf('effective', dateTime(info.effective, 'effective'));
  w.leaf('onset', dateTime(info.onset, 'onset'));
  w.leaf('expires', dateTime(info.expires, 'expires'));
  w.leaf('senderName', info.senderName);
  w.leaf('headline', info.headline);
  w.leaf('description', info.description);
  w.leaf('instruction', info.instruction);
  w.leaf('web', info.web);
  w.leaf('contact', info.contact);
  w.named('parameter', info.parameters);
  for (const resource of info.resources) writeResource(w, resource);
  for (const area of info.areas) writeArea(w, area);
  w.close('info');
}

/**
 * Writes a CAP 1.2 message, elements in the order the OASIS schema requires. Refuses what the schema or the
 * standard's text would refuse and a receiver could not repair: a date not in CAP form, an identifier or
 * sender with spaces, commas or restricted characters, an info block without a category.
 */
export function encodeCap(alert: CapAlert): string {
  if (!isCapToken(alert.identifier))
    throw new RangeError(`identifier "${alert.identifier}" may not hold spaces, commas, < or &`);
  if (!isCapToken(alert.sender)) throw new RangeError(`sender "${alert.sender}" may not hold spaces, commas, < or &`);
  const w = new Writer();
  w.open('alert', ` xmlns="${capNamespace}"`);
  w.leaf('identifier', alert.identifier);
  w.leaf('sender', alert.sender);
  w.leaf('sent', dateTime(alert.sent, 'sent'));
  w.leaf('status', alert.status);
  w.leaf('msgType', alert.msgType);
  w.leaf('source', alert.source);
  w.leaf('scope', alert.scope);
  w.leaf('restriction', alert.restriction);
  w.leaf('addresses', alert.addresses);
  for (const code of alert.codes) w.leaf('code', code);
  w.leaf('note', alert.note);
  if (alert.references.length > 0) {
    for (const ref of alert.references) dateTime(ref.sent, "a referenced message's sent");
    w.leaf('references', formatReferences(alert.references));
  }
  w.leaf('incidents', alert.incidents);
  for (const info of alert.infos) writeInfo(w, info);
  w.close('alert');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${w.text()}`;
}

/**
 * A small writer of NetCDF classic files (format 1, "CDF\x01") for test fixtures: dimensions (one may be the
 * unlimited record dimension), global and variable attributes, numeric variables. Written from the format
 * specification (Unidata, "NetCDF Classic and 64-bit Offset Format"), big-endian, every part padded to 4 bytes.
 */
export type NcType = 'byte' | 'char' | 'short' | 'int' | 'float' | 'double';
export type NcAttributeValue = string | number | { type: NcType; values: number[] };

export interface NcVariable {
  name: string;
  dimensions: string[];
  type: NcType;
  attributes?: Record<string, NcAttributeValue>;
  /** Flat, in the order of the dimensions (last varies fastest). */
  values: number[];
}

export interface NcFile {
  dimensions: Array<{ name: string; size: number; unlimited?: boolean }>;
  attributes?: Record<string, NcAttributeValue>;
  variables: NcVariable[];
}

const typeCode: Record<NcType, number> = { byte: 1, char: 2, short: 3, int: 4, float: 5, double: 6 };
const typeSize: Record<NcType, number> = { byte: 1, char: 1, short: 2, int: 4, float: 4, double: 8 };
const pad4 = (n: number) => (n + 3) & ~3;

class Bytes {
  private parts: Buffer[] = [];
  length = 0;
  push(buffer: Buffer): void {
    this.parts.push(buffer);
    this.length += buffer.length;
  }
  int(n: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    this.push(b);
  }
  padded(buffer: Buffer): void {
    this.push(Buffer.concat([buffer, Buffer.alloc(pad4(buffer.length) - buffer.length)]));
  }
  name(text: string): void {
    const b = Buffer.from(text, 'utf8');
    this.int(b.length);
    this.padded(b);
  }
  concat(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function encode(type: NcType, values: number[]): Buffer {
  const b = Buffer.alloc(values.length * typeSize[type]);
  values.forEach((v, i) => {
    const at = i * typeSize[type];
    if (type === 'byte' || type === 'char') b.writeInt8(v, at);
    else if (type === 'short') b.writeInt16BE(v, at);
    else if (type === 'int') b.writeInt32BE(v, at);
    else if (type === 'float') b.writeFloatBE(v, at);
    else b.writeDoubleBE(v, at);
  });
  return b;
}

function attributes(out: Bytes, attrs: Record<string, NcAttributeValue> | undefined): void {
  const entries = Object.entries(attrs ?? {});
  if (entries.length === 0) return void (out.int(0), out.int(0));
  out.int(0x0c);
  out.int(entries.length);
  for (const [name, value] of entries) {
    out.name(name);
    if (typeof value === 'string') {
      const b = Buffer.from(value, 'utf8');
      out.int(typeCode.char);
      out.int(b.length);
      out.padded(b);
    } else {
      const { type, values } = typeof value === 'number' ? { type: 'double' as const, values: [value] } : value;
      out.int(typeCode[type]);
      out.int(values.length);
      out.padded(encode(type, values));
    }
  }
}

/** The bytes of the file. */
export function writeNetcdf(file: NcFile): Buffer {
  const dimIndex = new Map(file.dimensions.map((d, i) => [d.name, i]));
  const record = file.dimensions.find((d) => d.unlimited);
  const isRecord = (v: NcVariable) => record !== undefined && v.dimensions[0] === record.name;
  const sliceSize = (v: NcVariable) =>
    v.dimensions
      .filter((d, i) => !(i === 0 && isRecord(v)))
      .reduce((n, d) => n * file.dimensions[dimIndex.get(d)!]!.size, 1) * typeSize[v.type];
  const vsize = (v: NcVariable) => pad4(sliceSize(v));
  const header = (begins: number[]): Buffer => {
    const out = new Bytes();
    out.push(Buffer.from('CDF\x01', 'latin1'));
    out.int(record?.size ?? 0);
    out.int(0x0a);
    out.int(file.dimensions.length);
    for (const d of file.dimensions) {
      out.name(d.name);
      out.int(d.unlimited ? 0 : d.size);
    }
    attributes(out, file.attributes);
    out.int(0x0b);
    out.int(file.variables.length);
    file.variables.forEach((v, i) => {
      out.name(v.name);
      out.int(v.dimensions.length);
      for (const d of v.dimensions) out.int(dimIndex.get(d)!);
      attributes(out, v.attributes);
      out.int(typeCode[v.type]);
      out.int(vsize(v));
      out.int(begins[i] ?? 0);
    });
    return out.concat();
  };
  const fixed = file.variables.filter((v) => !isRecord(v));
  const records = file.variables.filter(isRecord);
  const begins: number[] = [];
  let at = header([]).length;
  for (const v of fixed) {
    begins[file.variables.indexOf(v)] = at;
    at += vsize(v);
  }
  for (const v of records) {
    begins[file.variables.indexOf(v)] = at;
    at += vsize(v);
  }
  const body = new Bytes();
  body.push(header(begins));
  for (const v of fixed) body.padded(encode(v.type, v.values));
  for (let r = 0; r < (record?.size ?? 0); r++)
    for (const v of records) {
      const n = sliceSize(v) / typeSize[v.type];
      body.padded(encode(v.type, v.values.slice(r * n, (r + 1) * n)));
    }
  return body.concat();
}

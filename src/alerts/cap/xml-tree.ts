import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element as the CAP reader needs it: namespace, local name, children and its own text. */
export interface XmlElement {
  uri: string;
  local: string;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlRefusedError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line === undefined ? message : `line ${line}, column ${(column ?? 0) + 1}: ${message}`);
    this.name = 'XmlRefusedError';
  }
}

/** Large enough for a CAP message with long polygons; a bigger body is refused before parsing starts. */
export const maxXmlChars = 4 * 1024 * 1024;

/**
 * CAP nests five deep (alert, info, area, geocode, value), an XML-DSig signature seven. Deeper nesting is not
 * CAP, and the namespace-aware parser's cost grows with depth for every element (60,000 levels took minutes).
 */
export const maxXmlDepth = 32;

/** Thrown from a handler to stop the parser at the first refusal rather than read on to the end. */
class Stop extends Error {}

/**
 * Parses XML into a tree with a strict, well-formedness-checking parser that never loads anything: a document
 * type declaration is refused outright (it is how XXE and entity-expansion attacks get in, and CAP has no DTD),
 * and any entity beyond XML's five predefined ones is an error.
 */
export function parseXmlTree(xml: string): XmlElement {
  if (xml.length > maxXmlChars) throw new XmlRefusedError(`the document is larger than ${maxXmlChars} characters`);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlRefusedError | undefined;
  const fail = (message: string) => {
    failure ??= new XmlRefusedError(message, parser.line, parser.column);
  };
  const stop = (message: string) => {
    fail(message);
    throw new Stop(message);
  };
  parser.on('doctype', () =>
    stop('a DOCTYPE is not accepted: CAP messages carry no DTD, and entity declarations are refused'),
  );
  parser.on('error', (error) => fail(error.message.replace(/^[^:]*:\d+:\d+: /, '')));
  parser.on('opentagstart', () => {
    if (stack.length >= maxXmlDepth) stop(`elements are nested more than ${maxXmlDepth} deep; CAP nests at most 7`);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = { uri: tag.uri, local: tag.local, children: [], text: '', line: parser.line };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(xml);
    if (!failure) parser.close();
  } catch (error) {
    fail((error as Error).message);
  }
  if (failure) throw failure;
  if (!root) throw new XmlRefusedError('no root element');
  return root;
}

import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const schemaFile = new URL('../../assets/cap/CAP-v1.2.xsd', import.meta.url);
const schema = { fileName: 'CAP-v1.2.xsd', contents: readFileSync(schemaFile, 'utf8') };

/**
 * Validates CAP messages against the OASIS CAP 1.2 schema with libxml2 (the same validator as Debian's
 * `xmllint --schema`), all in one run. Returns libxml2's messages, empty when every message is valid.
 */
export async function capSchemaErrors(messages: ReadonlyArray<{ name: string; xml: string }>): Promise<string[]> {
  if (messages.length === 0)
    throw new Error('no CAP messages to validate: a test that validates nothing proves nothing');
  const result = await validateXML({
    xml: messages.map((m) => ({ fileName: m.name, contents: m.xml })),
    schema: [schema],
  });
  return result.errors.map((error) => error.rawMessage.trim());
}

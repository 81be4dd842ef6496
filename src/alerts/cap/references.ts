import type { CapReference } from './model.ts';

// CAP 3.2.1: sender and identifier may not contain spaces, commas or restricted characters (< and &), because
// `references` joins them with commas and separates entries with whitespace.
const forbidden = /[\s,<&]/;

export function isCapToken(text: string): boolean {
  return text.length > 0 && !forbidden.test(text);
}

/** `sender,identifier,sent sender,identifier,sent …`, the one form CAP 1.2 gives `references`. */
export function formatReferences(references: readonly CapReference[]): string {
  return references
    .map((ref) => {
      if (!isCapToken(ref.sender) || !isCapToken(ref.identifier)) {
        throw new RangeError(`a CAP reference cannot hold spaces, commas, < or &: ${ref.sender},${ref.identifier}`);
      }
      return `${ref.sender},${ref.identifier},${ref.sent}`;
    })
    .join(' ');
}

/** The entries of a `references` element; undefined when an entry is not three comma-separated parts. */
export function parseReferences(text: string): CapReference[] | undefined {
  const entries = text.trim().split(/\s+/).filter(Boolean);
  const references: CapReference[] = [];
  for (const entry of entries) {
    const parts = entry.split(',');
    if (parts.length !== 3 || parts.some((part) => part.length === 0)) return undefined;
    references.push({ sender: parts[0]!, identifier: parts[1]!, sent: parts[2]! });
  }
  return references;
}

/**
 * Whether an `If-None-Match` header matches an entity tag (RFC 9110 13.1.2): `*`, or any listed tag compared
 * weakly (W/ prefixes ignored), as a GET must.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

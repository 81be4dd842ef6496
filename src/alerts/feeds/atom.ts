import { escapeXmlText } from '../cap/encode.ts';

export interface AtomEntry {
  /** An IRI that names the entry for good: here the URL of its CAP message. */
  id: string;
  title: string;
  /** RFC 3339; CAP's own date-time form is one. */
  updated: string;
  summary: string;
  /** The CAP message, linked as CAP feeds do (`type="application/cap+xml"`). */
  capUrl: string;
  category: string;
  authorName: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  updated: string;
  entries: readonly AtomEntry[];
}

function attribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;');
}

/**
 * An Atom 1.0 feed (RFC 4287) of CAP messages, in the form CAP index feeds take: one entry per message, its
 * headline as the title and an alternate link to the CAP file. The text depends only on its input, so the same
 * warnings give the same bytes and the same ETag.
 */
export function renderAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXmlText(feed.id)}</id>`,
    `  <title>${escapeXmlText(feed.title)}</title>`,
    `  <updated>${escapeXmlText(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${attribute(feed.selfUrl)}"/>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXmlText(entry.id)}</id>`,
      `    <title>${escapeXmlText(entry.title)}</title>`,
      `    <updated>${escapeXmlText(entry.updated)}</updated>`,
      `    <author><name>${escapeXmlText(entry.authorName)}</name></author>`,
      `    <category term="${attribute(entry.category)}"/>`,
      `    <summary>${escapeXmlText(entry.summary)}</summary>`,
      `    <link rel="alternate" type="application/cap+xml" href="${attribute(entry.capUrl)}"/>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

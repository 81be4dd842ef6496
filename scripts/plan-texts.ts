import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * `node --import tsx scripts/plan-texts.ts ../shared/seed/000_fa67444f2d528088.txt` — splits the three plans'
 * published text into sections by their own numbering (1.1, 8.2.2; 一、(一) 1.) and writes
 * `assets/plan-texts/<plan id>.json`. Run once when the seed changes; the server reads only the written files.
 */
interface Section {
  clause: string;
  heading: string;
  depth: number;
  paragraphs: string[];
}

const documents = [
  { id: 'quality-2024', start: '鄂尔多斯市人民政府关于印发质量强市建设实施方案的通知', style: 'chinese' },
  { id: 'meteo-2024', start: '鄂尔多斯市人民政府办公室关于 印发气象灾害应急预案', style: 'decimal' },
  { id: 'air-2024', start: '鄂尔多斯市人民政府关于印发空气质量持续改善行动实施方案', style: 'chinese' },
] as const;

const numeral = '[一二三四五六七八九十]+';

/** A heading's clause and title, then the text that follows it in the same token. */
function decimalHeading(token: string): { clause: string; heading: string; rest: string; depth: number } | null {
  const match = /^(\d+(?:\.\d+)*)\.?([^\d\s年月日].{0,24})$/u.exec(token);
  if (!match || Number(match[1]!.split('.')[0]) > 9) return null;
  return { clause: match[1]!, heading: match[2]!, rest: '', depth: match[1]!.split('.').length };
}

/** Adds a token of the text: a paragraph runs on (joined by a space) until it ends a sentence. */
function append(section: Section, token: string): void {
  const last = section.paragraphs.at(-1);
  if (last !== undefined && !/[。:;!?)]$/u.test(last))
    section.paragraphs[section.paragraphs.length - 1] = `${last} ${token}`;
  else section.paragraphs.push(token);
}

function splitTitle(text: string): { heading: string; rest: string } {
  const stop = text.indexOf('。');
  if (stop > 0 && stop <= 40) return { heading: text.slice(0, stop), rest: text.slice(stop + 1) };
  return { heading: text.length <= 40 ? text : text.slice(0, 40) + '…', rest: text.length <= 40 ? '' : text };
}

function chineseSections(tokens: string[]): Section[] {
  const sections: Section[] = [{ clause: '通知', heading: '印发通知', depth: 0, paragraphs: [] }];
  let level1 = '';
  let level2 = '';
  for (const token of tokens) {
    const first = new RegExp(`^(${numeral})、(.*)$`, 'u').exec(token);
    const second = new RegExp(`^\\((${numeral})\\)(.*)$`, 'u').exec(token);
    const third = /^(\d{1,2})\.(\D.*)$/u.exec(token);
    let opened: { clause: string; depth: number; text: string } | null = null;
    if (first) {
      level1 = first[1]!;
      level2 = '';
      opened = { clause: level1, depth: 1, text: first[2]! };
    } else if (second && level1) {
      level2 = `${level1}(${second[1]})`;
      opened = { clause: level2, depth: 2, text: second[2]! };
    } else if (third && level1) {
      opened = { clause: `${level2 || level1}${third[1]}`, depth: level2 ? 3 : 2, text: third[2]! };
    }
    if (opened) {
      const { heading, rest } = splitTitle(opened.text);
      sections.push({ clause: opened.clause, heading, depth: opened.depth, paragraphs: rest ? [rest] : [] });
    } else append(sections.at(-1)!, token);
  }
  return sections;
}

function decimalSections(tokens: string[]): Section[] {
  const sections: Section[] = [{ clause: '通知', heading: '印发通知', depth: 0, paragraphs: [] }];
  let started = false;
  for (const token of tokens) {
    const heading = decimalHeading(token);
    if (heading && (started || heading.clause === '1')) {
      started = true;
      sections.push({ clause: heading.clause, heading: heading.heading, depth: heading.depth, paragraphs: [] });
    } else append(sections.at(-1)!, token);
  }
  return sections;
}

const seedPath = process.argv[2];
if (!seedPath) throw new Error('usage: scripts/plan-texts.ts <seed text file>');
const text = await readFile(seedPath, 'utf8');
for (const [index, document] of documents.entries()) {
  const from = text.indexOf(document.start);
  const next = documents[index + 1];
  const to = next ? text.indexOf(next.start) : text.length;
  if (from < 0 || to < 0) throw new Error(`${document.id}: its opening words are not in the seed`);
  const tokens = text
    .slice(from, to)
    .split(/\s+/)
    .map((token) => token.trim())
    .filter(Boolean);
  const sections = document.style === 'decimal' ? decimalSections(tokens) : chineseSections(tokens);
  const out = fileURLToPath(new URL(`../assets/plan-texts/${document.id}.json`, import.meta.url));
  const body = {
    planId: document.id,
    source: 'shared/seed/000_fa67444f2d528088.txt (the government news page text)',
    sections,
  };
  await writeFile(out, `${JSON.stringify(body, null, 1)}\n`);
  process.stdout.write(`${document.id}: ${sections.length} sections\n`);
}

/**
 * Reading the vendor's page format: markdown whose tables are HTML `<table>` blocks with
 * anchors and attributes on every element, and whose code samples are fenced blocks.
 */

export interface HtmlTable {
  /** Header cells, as plain text. */
  headers: string[];
  /** Body rows, each a list of plain-text cells. */
  rows: string[][];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Turns an HTML fragment into its text: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes markdown escapes such as `\{` and `\_`, which the vendor puts in plain text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/** Splits a page into its level-2 sections, keyed by heading text without anchors. */
export function sectionsOf(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = markdown.split(/^##(?!#)/m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const heading = textOf(newline === -1 ? part : part.slice(0, newline));
    sections.set(heading, newline === -1 ? '' : part.slice(newline + 1));
  }
  return sections;
}

/** Parses every `<table>` block of a fragment, in order. */
export function tablesOf(fragment: string): HtmlTable[] {
  const tables: HtmlTable[] = [];
  for (const [, inner = ''] of fragment.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/gi)) {
    const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map(([, row = '']) => ({
      header: /<th\b/i.test(row),
      cells: [...row.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/gi)].map(([, , cell = '']) => textOf(cell)),
    }));
    tables.push({
      headers: rows.find((row) => row.header)?.cells ?? [],
      rows: rows.filter((row) => !row.header).map((row) => row.cells),
    });
  }
  return tables;
}

/** Returns the contents of the fenced code blocks of a fragment, with their common indentation removed. */
export function fencedBlocksOf(fragment: string): string[] {
  const blocks: string[] = [];
  for (const [, indent = '', body = ''] of fragment.matchAll(/^([ \t]*)(?:```|~~~)[^\n]*\n([\s\S]*?)^\1(?:```|~~~)[ \t]*$/gm)) {
    const lines = body.replace(/\n$/, '').split('\n');
    blocks.push(lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())).join('\n'));
  }
  return blocks;
}

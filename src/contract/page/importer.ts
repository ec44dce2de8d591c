/**
 * The importer: reads an API page in the vendor's format and returns the facts of its
 * transcription (operation, URI parameters, response rows with their nesting, status codes and
 * the example body). The page's own descriptions are compared, never kept: the transcription
 * describes each row in the project's words.
 */
import { type ResponseRow, type StatusCode, TABLE_TYPES, type TableType, type Transcription } from '../transcription';
import { type HtmlTable, fencedBlocksOf, sectionsOf, tablesOf, textOf, unescapeMarkdown } from './markup';

/** Raised when a page lacks a section or a table the transcription needs; names what is missing. */
export class PageFormatError extends Error {
  override name = 'PageFormatError';
}

export function importPage(markdown: string): Transcription {
  const sections = sectionsOf(markdown);
  const section = (heading: string): string => {
    const text = sections.get(heading);
    if (text === undefined) throw new PageFormatError(`The page has no "## ${heading}" section.`);
    return text;
  };

  const uri = section('URI');
  const response = section('Response');
  return {
    operation: operationOf(uri),
    uriParameters: uriParametersOf(uri),
    requestBody: !/^\s*None\s*$/i.test(textOf(section('Request'))),
    responseRows: responseRowsOf(response),
    statusCodes: statusCodesOf(section('Status Codes')),
    example: exampleOf(response),
  };
}

function operationOf(uri: string): Transcription['operation'] {
  const match = /\b(GET|PUT|POST|DELETE|PATCH|HEAD)\s+(\/\S+)/.exec(unescapeMarkdown(uri));
  if (!match?.[1] || !match[2]) throw new PageFormatError('The URI section has no "METHOD /path" line.');
  return { method: match[1], path: match[2] };
}

/** Returns the one table of a section whose header row starts with the given columns. */
function tableWithColumns(fragment: string, columns: readonly string[], where: string): HtmlTable {
  const table = tablesOf(fragment).find((candidate) => columns.every((column, index) => candidate.headers[index]?.toLowerCase() === column.toLowerCase()));
  if (!table) throw new PageFormatError(`The ${where} section has no table with columns ${columns.join(', ')}.`);
  return table;
}

function uriParametersOf(uri: string): Transcription['uriParameters'] {
  const table = tableWithColumns(uri, ['Parameter', 'Mandatory'], 'URI');
  return table.rows.map(([name = '', mandatory = '']) => {
    if (!/^(yes|no)$/i.test(mandatory)) throw new PageFormatError(`URI parameter "${name}" has mandatory flag "${mandatory}", expected Yes or No.`);
    return { name, mandatory: /^yes$/i.test(mandatory) };
  });
}

function isTableType(value: string): value is TableType {
  return (TABLE_TYPES as readonly string[]).includes(value);
}

/**
 * Reads the flat response table into nested rows. The first dict row is a top-level field. Each
 * later dict row opens an object inside the current one, and the rows after it belong to it,
 * because the vendor writes a nested body as one table.
 */
function responseRowsOf(response: string): ResponseRow[] {
  const table = tableWithColumns(response, ['Parameter', 'Type', 'Description'], 'Response');
  const rows: ResponseRow[] = [];
  const firstPointerOfDescription = new Map<string, string>();
  let parent = '';
  for (const [name = '', type = '', description = ''] of table.rows) {
    if (!isTableType(type)) throw new PageFormatError(`Response row "${name}" has type "${type}", expected one of ${TABLE_TYPES.join(', ')}.`);
    const pointer = `${parent}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const row: ResponseRow = { pointer, name, type };

    const key = description.toLowerCase();
    const earlier = firstPointerOfDescription.get(key);
    if (earlier === undefined) firstPointerOfDescription.set(key, pointer);
    else row.sameDescriptionAs = earlier;

    rows.push(row);
    if (type === 'dict') parent = pointer;
  }
  return rows;
}

function statusCodeOf(text: string): StatusCode {
  const match = /^([1-5]\d\d)\b\s*(.*)$/.exec(text);
  if (!match?.[1]) throw new PageFormatError(`"${text}" is not a status code.`);
  return { code: Number(match[1]), reason: match[2] ?? '' };
}

function statusCodesOf(section: string): Transcription['statusCodes'] {
  const abnormalAt = section.search(/^\s*-?\s*Abnormal\b/m);
  if (abnormalAt === -1) throw new PageFormatError('The Status Codes section has no "Abnormal" part.');
  const normalText = textOf(section.slice(0, abnormalAt)).replace(/^-?\s*Normal\b/, '');
  const normal = [...normalText.matchAll(/\b([1-5]\d\d)\b/g)].map(([, code]) => Number(code));
  if (normal.length === 0) throw new PageFormatError('The Status Codes section lists no normal code.');
  const abnormal = tableWithColumns(section.slice(abnormalAt), ['Status Code'], 'Status Codes').rows.map(([text = '']) => statusCodeOf(text));
  return { normal, abnormal };
}

function exampleOf(response: string): unknown {
  const [block] = fencedBlocksOf(response);
  if (block === undefined) throw new PageFormatError('The Response section has no fenced example.');
  try {
    return JSON.parse(block) as unknown;
  } catch (error) {
    throw new PageFormatError(`The example response is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

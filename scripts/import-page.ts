/**
 * `npm run import-page -- PAGE.md`: imports an API page in the vendor's format and prints its
 * transcription as JSON, with the descriptions of contract/show-backup-share.transcription.json
 * kept for the rows and parameters it still has. A new row prints without a description, which
 * the transcription schema rejects until one is written. Exit code 2 when the page cannot be read
 * or lacks a part the transcription needs.
 */
import fs from 'node:fs';
import { PageFormatError, importPage } from '../src/contract/page/importer';
import { type Transcription, readTranscription } from '../src/contract/transcription';

function withDescriptions(imported: Transcription, committed: Transcription): Transcription {
  const uri = new Map(committed.uriParameters.map((parameter) => [parameter.name, parameter.description]));
  const rows = new Map(committed.responseRows.map((row) => [row.pointer, row.description]));
  return {
    ...imported,
    uriParameters: imported.uriParameters.map((parameter) => ({ ...parameter, ...(uri.get(parameter.name) ? { description: uri.get(parameter.name) } : {}) })),
    responseRows: imported.responseRows.map(({ sameDescriptionAs, ...row }) => ({
      ...row,
      ...(rows.get(row.pointer) ? { description: rows.get(row.pointer) } : {}),
      ...(sameDescriptionAs ? { sameDescriptionAs } : {}),
    })),
  };
}

const [page] = process.argv.slice(2);
if (!page) {
  console.error('Missing page: run `npm run import-page -- PATH/TO/PAGE.md`.');
  process.exit(2);
}
try {
  const imported = importPage(fs.readFileSync(page, 'utf8'));
  console.log(JSON.stringify(withDescriptions(imported, readTranscription()), null, 2));
} catch (error) {
  if (!(error instanceof PageFormatError) && !(error instanceof Error && 'code' in error)) throw error;
  console.error(`Failed to import ${page}: ${error.message}`);
  process.exit(2);
}

/**
 * `npm run derive`: writes the derived contract (the 200-body schema of each profile under
 * schemas/ and the OpenAPI documents under openapi/) from the transcription, the drift ledger and
 * the field formats in contract/. The output is committed; running this on a clean clone leaves
 * `git status` clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../src/config/output-paths';
import { derivedFiles } from '../src/contract/derive/outputs';
import { loadContractSources } from '../src/contract/ledger';

for (const [file, text] of derivedFiles(loadContractSources())) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const unchanged = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
  if (!unchanged) fs.writeFileSync(file, text);
  console.log(`${unchanged ? 'unchanged' : 'written  '} ${path.relative(REPOSITORY_ROOT, file)}`);
}

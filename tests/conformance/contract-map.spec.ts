/**
 * Attaches the contract behind the run to the report: which clauses check each row of the API
 * page, and the drift ledger with each profile's resolution.
 */
import { coverageMap } from '../../src/contract/coverage';
import { ledgerEntries } from '../../src/contract/ledger';
import { test } from '../support/fixtures';

test.describe('contract behind this run', () => {
  test('coverage map and drift ledger', async ({ harness }, testInfo) => {
    const coverage = coverageMap();
    const ledger = ledgerEntries();

    const table = coverage.map((entry) => `${entry.section.padEnd(14)}${entry.row.padEnd(22)}${entry.clauses.join(', ')}`);
    await testInfo.attach('coverage of the API page', { body: ['section       row                   clauses', ...table].join('\n'), contentType: 'text/plain' });
    await testInfo.attach('coverage map', { body: JSON.stringify(coverage, null, 2), contentType: 'application/json' });
    const profile = harness.config.profile;
    const lines = ledger.map((entry) => `${entry.id} (${entry.kind}, ${profile}: ${entry.resolution[profile]})\n  table: ${entry.table.says}\n  ${entry.source}: ${entry.other.says}`);
    await testInfo.attach('drift ledger', { body: lines.join('\n\n'), contentType: 'text/plain' });
  });
});

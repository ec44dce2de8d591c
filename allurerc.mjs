// Allure 3 report settings: one self-contained HTML file, so the report opens from file:// and can
// be handed over as a single artifact.
import { defineConfig } from 'allure';

// The fixtures label each test with the causes of its violations (`cause`) and its drift
// observations (`drift`); see src/checks/violation-cause.ts. The first matching category wins.
// Failures group by clause inside each category, not by message, because messages carry ports and timings.
const category = (id, name, matchers) => ({ id, name, matchers, groupBy: [{ label: 'clause' }], groupByMessage: false });
const failedWith = (cause) => ({ statuses: ['failed'], labels: { cause: `^${cause}$` } });

const categories = [
  category('schema-violations', 'Schema violations', failedWith('schema')),
  category('status-codes', 'Status codes', failedWith('status')),
  category('authentication-authorization', 'Authentication and authorization', failedWith('auth')),
  category('transport', 'Transport errors', [
    { statuses: ['failed', 'broken'], labels: { cause: '^transport$' } },
    { statuses: ['failed', 'broken'], message: /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|socket hang up|Timeout \d+ms exceeded/ },
  ]),
  category('drift', 'Drift between the API page and the target', { labels: { drift: '.+' } }),
];

function historyPath(value) {
  return value === 'none' ? undefined : value;
}

export default defineConfig({
  name: 'VBS show backup share conformance',
  output: './allure-report',
  // JSONL file of earlier runs, for trends and new/fixed/regressed marks; CI keeps it between runs.
  // `none` turns it off, which the quality gate uses so that checking a run does not record it twice.
  historyPath: historyPath(process.env.VBS_ALLURE_HISTORY_FILE?.trim() || './allure-history/history.jsonl'),
  categories,
  // Checked by `npm run quality-gate` (and by conformance and merge-shards runs): any failed test
  // fails the job, and so does a run that produced no test at all.
  qualityGate: {
    rules: [{ id: 'conformance', maxFailures: 0, minTestsCount: 1 }],
  },
  plugins: {
    awesome: {
      options: {
        singleFile: true,
        reportLanguage: 'en',
        reportName: 'VBS show backup share conformance',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
});

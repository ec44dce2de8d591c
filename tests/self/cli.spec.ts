import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { type CliIo, EXIT_INVALID, EXIT_USAGE, EXIT_VALID, runValidate } from '../../src/cli/validate';
import { REPOSITORY_ROOT } from '../../src/config/output-paths';
import { isolatedEnv } from '../support/harness-run';
import { DATA_DIR, docExample } from '../support/factories';

const DOC_EXAMPLE_FILE = path.join(DATA_DIR, 'show-share-doc-example.json');
const LAUNCHER = path.join(REPOSITORY_ROOT, 'bin', 'vbs-conformance.js');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with the given standard input and no VBS_* variables. */
async function validate(args: string[], stdin = ''): Promise<CliRun & { code: number }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`), readStdin: async () => stdin, env: {} };
  const code = await runValidate(args, io);
  return { code, stdout, stderr };
}

/** Runs the installed launcher as a user would, in a child process. */
function launch(command: string, args: string[], input?: string): CliRun {
  const run = spawnSync(command, args, { cwd: REPOSITORY_ROOT, env: isolatedEnv({}), input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function variant(change: (body: ReturnType<typeof docExample>) => void): string {
  const body = docExample();
  change(body);
  return JSON.stringify(body);
}

test.describe('validate command: acceptance', () => {
  test('doc example is valid under compatible', () => {
    const run = launch(process.execPath, [LAUNCHER, 'validate', '--profile', 'compatible', DOC_EXAMPLE_FILE]);

    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('show-share-doc-example.json: valid (profile compatible');
    expect(run.code).toBe(EXIT_VALID);
  });

  test('doc example fails documented with its drift', () => {
    const run = launch(process.execPath, [LAUNCHER, 'validate', '--profile', 'documented', DOC_EXAMPLE_FILE]);

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('8 violations (profile documented');
    expect(run.stdout).toContain('detail:   missing property "has_dependent_backup"\n  drift:    has-dependent-backups-name');
    expect(run.stdout).toContain('detail:   extra property "has_dependent_backups"\n  drift:    has-dependent-backups-name');
    for (const [pointer, drift] of [
      ['/shared/updated_at', 'null-shared-updated-at'],
      ['/shared/backup/container', 'null-backup-container'],
      ['/shared/backup/description', 'null-backup-description'],
      ['/shared/backup/is_incremental', 'null-backup-is-incremental'],
      ['/shared/backup/snapshot_id', 'null-backup-snapshot-id'],
      ['/shared/backup/service_metadata', 'null-backup-service-metadata'],
    ]) {
      expect(run.stdout).toMatch(new RegExp(`at: +${pointer}\\n  keyword:  type\\n  expected: type \\w+\\n  value:    null\\n  drift:    ${drift} `));
    }
  });

  test('npx runs the local command', () => {
    const run = launch('npx', ['--no-install', 'vbs-conformance', 'validate', '-'], JSON.stringify(docExample()));

    expect(run.stderr).not.toMatch(/npm error/);
    expect(run.stdout).toContain('standard input: valid');
    expect(run.code).toBe(EXIT_VALID);
  });

  test('zoned timestamp under zoneless', async () => {
    const body = variant((b) => (b.shared.created_at = '2017-08-22T08:43:16.699374Z'));

    const run = await validate(['--timestamp-zone', 'zoneless', '-'], body);

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('[SHOW-200-TIMESTAMP-ZONE] Timestamp carries a time zone that SDK parsers reject\n  at:       /shared/created_at\n');
    expect(run.stdout).toContain('value:    "2017-08-22T08:43:16.699374Z"');
  });

  test('size as a string', async () => {
    const run = await validate(['-'], variant((b) => (b.shared.backup.size = '1')));

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('[SHOW-200-SCHEMA] Body does not match the response schema\n  at:       /shared/backup/size\n  keyword:  type\n  expected: type integer or null\n  value:    "1"');
    expect(run.stdout).toContain('[SHOW-200-COUNTERS] Counter is not a non-negative integer\n  at:       /shared/backup/size');
  });

  test('missing backup', async () => {
    const run = await validate(['-'], variant((b) => delete (b.shared as Record<string, unknown>).backup));

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('[SHOW-200-SCHEMA] Body does not match the response schema\n  at:       /shared\n  keyword:  required\n  detail:   missing property "backup"');
  });

  test('extra property under fail policy', async () => {
    const body = variant((b) => (b.shared.backup.surprise = 1));

    const run = await validate(['--undocumented', 'fail', '-'], body);

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('[SHOW-200-UNDOCUMENTED] Property is not in the response table\n  at:       /shared/backup/surprise\n  detail:   undocumented property "surprise"');
  });

  test('status outside the set', async () => {
    const run = await validate(['-'], variant((b) => (b.shared.backup.status = 'frozen')));

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('[SHOW-200-BACKUP-STATUS] Unknown backup status\n  at:       /shared/backup/status\n');
    expect(run.stdout).toContain('value:    "frozen"');
  });
});

test.describe('validate command: policies and input', () => {
  test('extra property only warns by default', async () => {
    const run = await validate(['-'], variant((b) => (b.shared.surprise = true)));

    expect(run.code).toBe(EXIT_VALID);
    expect(run.stdout).toContain('[undocumented] /shared/surprise: property "surprise" is not in the response table');
  });

  test('extra property is silent under allow', async () => {
    const run = await validate(['--undocumented=allow', '-'], variant((b) => (b.shared.surprise = true)));

    expect(run.code).toBe(EXIT_VALID);
    expect(run.stdout).not.toContain('surprise');
  });

  test('space separator only under any', async () => {
    const body = variant((b) => (b.shared.created_at = '2017-08-22 08:43:16.699374'));

    const strict = await validate(['--timestamp-zone', 'allowed', '-'], body);
    const loose = await validate(['--timestamp-zone', 'any', '-'], body);

    expect(strict.code).toBe(EXIT_INVALID);
    expect(strict.stdout).toContain('[SHOW-200-TIMESTAMP-ZONE] Timestamp separates date and time with something other than T\n  at:       /shared/created_at');
    expect(loose.code).toBe(EXIT_VALID);
  });

  test('environment sets the default profile', async () => {
    let stdout = '';
    const io: CliIo = { stdout: (text) => (stdout += text), stderr: () => undefined, readStdin: async () => JSON.stringify(docExample()), env: { VBS_PROFILE: 'documented' } };

    expect(await runValidate(['-'], io)).toBe(EXIT_INVALID);
    expect(stdout).toContain('profile documented');
  });

  test('share id is checked when given', async () => {
    const run = await validate(['--share-id', 'e842bf23-1e05-4c2c-b0f9-25222f4686da', '-'], JSON.stringify(docExample()));

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('[SHOW-200-ID-MATCH] Response describes another share');
  });

  test('invalid JSON is an invalid body', async () => {
    const run = await validate(['-'], '{"shared": ');

    expect(run.code).toBe(EXIT_INVALID);
    expect(run.stdout).toContain('received: invalid JSON');
  });

  const usageErrors: { name: string; args: string[]; message: RegExp }[] = [
    { name: 'no input', args: [], message: /Missing input: give the body to check as a FILE/ },
    { name: 'two inputs', args: ['a.json', 'b.json'], message: /Too many inputs \(2\): a.json b.json/ },
    { name: 'unknown option', args: ['--strict', '-'], message: /Unknown option "--strict"/ },
    { name: 'unknown profile', args: ['--profile', 'strict', '-'], message: /Invalid value "strict" for --profile; use one of: compatible, documented/ },
    { name: 'option without value', args: ['-', '--profile'], message: /Missing value for --profile/ },
    { name: 'malformed share id', args: ['--share-id', 'x', '-'], message: /Invalid --share-id "x": give a lower-case hyphenated UUID/ },
    { name: 'missing file', args: ['does-not-exist.json'], message: /Failed to read does-not-exist.json \(ENOENT\)/ },
  ];

  for (const { name, args, message } of usageErrors) {
    test(`exit 2 on ${name}`, async () => {
      const run = await validate(args);

      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(message);
    });
  }

  test('unknown command exits 2', () => {
    const run = launch(process.execPath, [LAUNCHER, 'certify']);

    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toContain('Unknown command "certify"');
  });
});

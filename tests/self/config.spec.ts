import { test, expect } from '@playwright/test';
import { parseConfig } from '../../src/config/config';
import { ConfigError } from '../../src/config/errors';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID } from '../../src/reference-server/seed';

const REMOTE = {
  VBS_BASE_URL: 'https://vbs.example.test',
  VBS_PROJECT_ID: '0123456789abcdef0123456789abcdef',
  VBS_SHARE_ID: '8332443e-9866-41d8-8a58-a898cf5db030',
  VBS_AUTH_TOKEN: 'token-for-config-tests',
};

function problemsOf(env: Record<string, string>): { variable: string; text: string }[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => ({ variable: p.variable, text: `${p.problem}. ${p.fix}` }));
    throw error;
  }
  return [];
}

test.describe('configuration', () => {
  test('defaults target the embedded server with seed ids', () => {
    const config = parseConfig({});

    expect(config.target).toEqual({ kind: 'embedded' });
    expect(config.projectId).toBe(DOC_EXAMPLE_FROM.id);
    expect(config.shareId).toBe(DOC_EXAMPLE_SHARE_ID);
    expect(config.profile).toBe('compatible');
    expect(config.undocumentedProperties).toBe('warn');
    expect(config.timeoutMs).toBe(10_000);
    expect(config.insecureTls).toBe(false);
    expect(config.allowUnsafeMethods).toBe(false);
  });

  test('remote target keeps the given values', () => {
    const config = parseConfig({ ...REMOTE, VBS_BASE_URL: 'https://vbs.example.test/prefix/', VBS_TIMEOUT_MS: '2500', VBS_INSECURE_TLS: 'yes' });

    expect(config.target).toEqual({ kind: 'remote', baseUrl: 'https://vbs.example.test/prefix' });
    expect(config.timeoutMs).toBe(2500);
    expect(config.insecureTls).toBe(true);
    expect(config.otherProjectShareId).toBeUndefined();
  });

  const invalid: { name: string; env: Record<string, string>; variable: string; mentions: RegExp }[] = [
    { name: 'malformed URL', env: { ...REMOTE, VBS_BASE_URL: 'vbs.example.test:443' }, variable: 'VBS_BASE_URL', mentions: /not supported|not a valid URL/ },
    { name: 'URL without scheme', env: { ...REMOTE, VBS_BASE_URL: 'not a url' }, variable: 'VBS_BASE_URL', mentions: /not a valid URL/ },
    { name: 'URL with credentials', env: { ...REMOTE, VBS_BASE_URL: 'https://user:pw@vbs.example.test' }, variable: 'VBS_BASE_URL', mentions: /user name or password/ },
    { name: 'URL with API path', env: { ...REMOTE, VBS_BASE_URL: 'https://vbs.example.test/v2' }, variable: 'VBS_BASE_URL', mentions: /API path/ },
    { name: 'project id not hex', env: { ...REMOTE, VBS_PROJECT_ID: 'project-1' }, variable: 'VBS_PROJECT_ID', mentions: /32 lower-case hexadecimal/ },
    { name: 'project id upper case', env: { ...REMOTE, VBS_PROJECT_ID: '0123456789ABCDEF0123456789ABCDEF' }, variable: 'VBS_PROJECT_ID', mentions: /upper case/ },
    { name: 'share id not a UUID', env: { ...REMOTE, VBS_SHARE_ID: 'share-1' }, variable: 'VBS_SHARE_ID', mentions: /UUID/ },
    { name: 'zero timeout', env: { ...REMOTE, VBS_TIMEOUT_MS: '0' }, variable: 'VBS_TIMEOUT_MS', mentions: /between 1 and/ },
    { name: 'negative timeout', env: { ...REMOTE, VBS_TIMEOUT_MS: '-5' }, variable: 'VBS_TIMEOUT_MS', mentions: /whole number/ },
    { name: 'timeout with unit', env: { ...REMOTE, VBS_TIMEOUT_MS: '10s' }, variable: 'VBS_TIMEOUT_MS', mentions: /milliseconds/ },
    { name: 'target without project id', env: { VBS_BASE_URL: REMOTE.VBS_BASE_URL, VBS_SHARE_ID: REMOTE.VBS_SHARE_ID, VBS_AUTH_TOKEN: 'x-token' }, variable: 'VBS_PROJECT_ID', mentions: /missing while VBS_BASE_URL is set/ },
    { name: 'target without share id', env: { VBS_BASE_URL: REMOTE.VBS_BASE_URL, VBS_PROJECT_ID: REMOTE.VBS_PROJECT_ID, VBS_AUTH_TOKEN: 'x-token' }, variable: 'VBS_SHARE_ID', mentions: /missing while VBS_BASE_URL is set/ },
    { name: 'target without token', env: { VBS_BASE_URL: REMOTE.VBS_BASE_URL, VBS_PROJECT_ID: REMOTE.VBS_PROJECT_ID, VBS_SHARE_ID: REMOTE.VBS_SHARE_ID }, variable: 'VBS_AUTH_TOKEN', mentions: /missing/ },
    { name: 'unknown profile', env: { VBS_PROFILE: 'strict' }, variable: 'VBS_PROFILE', mentions: /compatible, documented/ },
    { name: 'unknown undocumented policy', env: { VBS_UNDOCUMENTED_PROPERTIES: 'ignore' }, variable: 'VBS_UNDOCUMENTED_PROPERTIES', mentions: /allow, warn, fail \(default warn\)/ },
    { name: 'switch not boolean', env: { VBS_INSECURE_TLS: 'maybe' }, variable: 'VBS_INSECURE_TLS', mentions: /not a boolean/ },
    { name: 'other share equals share', env: { ...REMOTE, VBS_OTHER_PROJECT_SHARE_ID: REMOTE.VBS_SHARE_ID }, variable: 'VBS_OTHER_PROJECT_SHARE_ID', mentions: /same share/ },
    { name: 'unknown fault', env: { VBS_REFERENCE_FAULT: 'size-as-text' }, variable: 'VBS_REFERENCE_FAULT', mentions: /not a known fault\. Use one of: .*size-as-string/ },
    { name: 'fault with a target', env: { ...REMOTE, VBS_REFERENCE_FAULT: 'size-as-string' }, variable: 'VBS_REFERENCE_FAULT', mentions: /embedded reference server/ },
  ];

  for (const { name, env, variable, mentions } of invalid) {
    test(`rejects ${name}`, () => {
      const problems = problemsOf(env);

      expect(problems.map((p) => p.variable)).toContain(variable);
      expect(problems.find((p) => p.variable === variable)?.text).toMatch(mentions);
    });
  }

  test('error message never echoes credentials', () => {
    const problems = problemsOf({ ...REMOTE, VBS_BASE_URL: 'https://admin:s3cret-pass@vbs.example.test' });

    expect(problems).toHaveLength(1);
    expect(problems[0]?.text).not.toContain('s3cret-pass');
  });

  test('lists every problem at once', () => {
    const problems = problemsOf({ ...REMOTE, VBS_PROJECT_ID: 'bad', VBS_SHARE_ID: 'bad', VBS_TIMEOUT_MS: '0' });

    expect(problems.map((p) => p.variable).sort()).toEqual(['VBS_PROJECT_ID', 'VBS_SHARE_ID', 'VBS_TIMEOUT_MS']);
  });

  test('fault planted in the embedded server', () => {
    expect(parseConfig({ VBS_REFERENCE_FAULT: 'size-as-string' }).referenceFault).toBe('size-as-string');
    expect(parseConfig({}).referenceFault).toBeUndefined();
  });
});

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

const AKSK = { VBS_ACCESS_KEY: 'AKCONFIGTESTS00001', VBS_SECRET_KEY: 'secret-for-config-tests' };
const AKSK_REMOTE = { ...REMOTE, VBS_AUTH_TOKEN: '', VBS_AUTH_MODE: 'aksk', ...AKSK };
const PASSWORD = { ...REMOTE, VBS_AUTH_MODE: 'password', VBS_IAM_URL: 'https://iam.example.test', VBS_IAM_USER_NAME: 'qa', VBS_IAM_PASSWORD: 'pw-for-config-tests', VBS_IAM_USER_DOMAIN: 'qa-domain' };
const PASSWORD_REMOTE = { ...PASSWORD, VBS_AUTH_TOKEN: '' };

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
    { name: 'unknown auth mode', env: { ...REMOTE, VBS_AUTH_MODE: 'kerberos' }, variable: 'VBS_AUTH_MODE', mentions: /token, password, aksk/ },
    { name: 'token and AK/SK together', env: { ...REMOTE, ...AKSK }, variable: 'VBS_ACCESS_KEY', mentions: /conflict.*VBS_AUTH_MODE=aksk/ },
    { name: 'password mode with a token', env: { ...PASSWORD }, variable: 'VBS_AUTH_TOKEN', mentions: /conflict/ },
    { name: 'half an AK/SK pair', env: { ...AKSK_REMOTE, VBS_SECRET_KEY: '' }, variable: 'VBS_SECRET_KEY', mentions: /half an AK\/SK pair/ },
    { name: 'access key missing', env: { ...AKSK_REMOTE, VBS_ACCESS_KEY: '' }, variable: 'VBS_ACCESS_KEY', mentions: /half an AK\/SK pair/ },
    { name: 'password mode without IAM URL', env: { ...PASSWORD_REMOTE, VBS_IAM_URL: '' }, variable: 'VBS_IAM_URL', mentions: /missing for VBS_AUTH_MODE=password/ },
    { name: 'IAM URL with credentials', env: { ...PASSWORD_REMOTE, VBS_IAM_URL: 'https://qa:pw@iam.example.test' }, variable: 'VBS_IAM_URL', mentions: /user name or password/ },
    { name: 'IAM URL with token path', env: { ...PASSWORD_REMOTE, VBS_IAM_URL: 'https://iam.example.test/v3/auth/tokens' }, variable: 'VBS_IAM_URL', mentions: /already contains \/v3/ },
    { name: 'signing without a target', env: { VBS_AUTH_MODE: 'aksk', VBS_ACCESS_KEY: 'AK', VBS_SECRET_KEY: 'SK' }, variable: 'VBS_AUTH_MODE', mentions: /needs a real target/ },
    { name: 'unreadable CA file', env: { ...REMOTE, VBS_CA_FILE: '/nonexistent/ca.pem' }, variable: 'VBS_CA_FILE', mentions: /cannot be read \(ENOENT\)/ },
    { name: 'CA file without certificate', env: { ...REMOTE, VBS_CA_FILE: 'package.json' }, variable: 'VBS_CA_FILE', mentions: /no PEM certificate/ },
    { name: 'CA file with insecure TLS', env: { ...REMOTE, VBS_CA_FILE: 'package.json', VBS_INSECURE_TLS: 'true' }, variable: 'VBS_CA_FILE', mentions: /VBS_INSECURE_TLS=true/ },
    { name: 'bad proxy URL', env: { ...REMOTE, VBS_PROXY_URL: 'proxy.example.test:3128' }, variable: 'VBS_PROXY_URL', mentions: /not supported|not a valid URL/ },
    { name: 'proxy URL with path', env: { ...REMOTE, VBS_PROXY_URL: 'http://proxy.example.test:3128/path' }, variable: 'VBS_PROXY_URL', mentions: /path, query or fragment/ },
    { name: 'negative run budget', env: { ...REMOTE, VBS_RUN_BUDGET_MS: '-1' }, variable: 'VBS_RUN_BUDGET_MS', mentions: /whole number/ },
    { name: 'run budget below timeout', env: { ...REMOTE, VBS_RUN_BUDGET_MS: '500', VBS_TIMEOUT_MS: '1000' }, variable: 'VBS_RUN_BUDGET_MS', mentions: /shorter than one request/ },
    { name: 'extra headers not JSON', env: { ...REMOTE, VBS_EXTRA_HEADERS: 'X-A: b' }, variable: 'VBS_EXTRA_HEADERS', mentions: /not valid JSON/ },
    { name: 'extra headers not an object', env: { ...REMOTE, VBS_EXTRA_HEADERS: '["X-A"]' }, variable: 'VBS_EXTRA_HEADERS', mentions: /not a JSON object/ },
    { name: 'extra header overriding auth', env: { ...REMOTE, VBS_EXTRA_HEADERS: '{"x-auth-token": "other"}' }, variable: 'VBS_EXTRA_HEADERS', mentions: /set by the harness itself/ },
    { name: 'extra header with line break', env: { ...REMOTE, VBS_EXTRA_HEADERS: '{"X-A": "b\\r\\nX-B: c"}' }, variable: 'VBS_EXTRA_HEADERS', mentions: /single-line/ },
  ];

  for (const { name, env, variable, mentions } of invalid) {
    test(`rejects ${name}`, () => {
      const problems = problemsOf(env);

      expect(problems.map((p) => p.variable)).toContain(variable);
      expect(problems.find((p) => p.variable === variable)?.text).toMatch(mentions);
    });
  }

  test('auth modes parse their settings', () => {
    expect(parseConfig(PASSWORD_REMOTE).auth).toEqual({ mode: 'password', iamUrl: 'https://iam.example.test', userName: 'qa', password: 'pw-for-config-tests', userDomain: 'qa-domain' });
    expect(parseConfig({ ...AKSK_REMOTE, VBS_SECURITY_TOKEN: 'sts-token' }).auth).toEqual({ mode: 'aksk', ...{ accessKey: AKSK.VBS_ACCESS_KEY, secretKey: AKSK.VBS_SECRET_KEY }, securityToken: 'sts-token' });
    expect(parseConfig(REMOTE).auth).toEqual({ mode: 'token', token: REMOTE.VBS_AUTH_TOKEN });
  });

  test('transport settings parse', () => {
    const config = parseConfig({ ...REMOTE, VBS_PROXY_URL: 'http://127.0.0.1:3128/', VBS_RUN_BUDGET_MS: '60000', VBS_EXTRA_HEADERS: '{"X-Request-Source": "qa"}' });

    expect(config.transport).toEqual({ caFile: undefined, proxyUrl: 'http://127.0.0.1:3128', runBudgetMs: 60_000, extraHeaders: { 'X-Request-Source': 'qa' } });
  });

  test('error message never echoes credentials', () => {
    const problems = problemsOf({ ...REMOTE, VBS_BASE_URL: 'https://admin:s3cret-pass@vbs.example.test' });

    expect(problems).toHaveLength(1);
    expect(problems[0]?.text).not.toContain('s3cret-pass');
  });

  test('URL settings never echo credentials', () => {
    const settings: Record<string, string>[] = [
      { VBS_API_DOC_URL: 'https://reader:doc-s3cret@docs.example.test/show.html' },
      { ...REMOTE, VBS_BASE_URL: 'htp//admin:url-s3cret@vbs.example.test' },
    ];

    for (const env of settings) {
      const problems = problemsOf(env);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.text).not.toMatch(/s3cret/);
    }
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

/** Checks that every URL setting shares: syntax, scheme and no credentials in the URL. */
import type { ConfigProblem } from './errors';
import { quote } from './values';

export const HTTP_SCHEMES: readonly string[] = ['http:', 'https:'];

export interface UrlSettingRules {
  variable: string;
  /** Accepted schemes with their colon, such as `https:`. */
  schemes: readonly string[];
  /** Fix shown when the value does not parse, with an example of a valid value. */
  invalidFix: string;
  /** Fix shown when the scheme is not accepted. */
  schemeFix: string;
  /** Fix shown when the URL carries a user name or password. */
  credentialsFix: string;
}

/** Quotes a setting for a message with any `user:password@` part masked, so no credential is echoed. */
export function quoteUrl(raw: string): string {
  return quote(raw.replace(/\/\/[^/@\s]*@/, '//***@'));
}

/** Parses a URL setting; records a problem and returns undefined when a shared check fails. */
export function parseUrlSetting(raw: string, rules: UrlSettingRules, problems: ConfigProblem[]): URL | undefined {
  const fail = (problem: string, fix: string): undefined => {
    problems.push({ variable: rules.variable, problem, fix });
    return undefined;
  };

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(`${quoteUrl(raw)} is not a valid URL`, rules.invalidFix);
  }
  if (!rules.schemes.includes(url.protocol)) {
    return fail(`scheme ${quote(url.protocol)} is not supported`, rules.schemeFix);
  }
  if (url.username || url.password) {
    // The value itself is not echoed because it contains credentials.
    return fail('contains a user name or password', rules.credentialsFix);
  }
  return url;
}

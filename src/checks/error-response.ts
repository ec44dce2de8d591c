/** Checks of the responses to negative probes: status sets, error bodies, no server errors. */
import type { ClauseId } from '../contract/clauses';
import { SCHEMA_IDS, validatorFor } from '../contract/schema-registry';
import { describeStatus, type Exchange, mediaType } from '../http/exchange';
import { valueAt } from './body-access';
import { jsonBody } from './context';
import { schemaErrorsToViolations } from './schema-violations';
import type { Violation } from './violation';

/** Expectation of a negative probe: its clause and the statuses that satisfy it. */
export interface ErrorExpectation {
  clause: ClauseId;
  allowed: readonly number[];
}

export function statusIsOneOf(exchange: Exchange, { clause, allowed }: ErrorExpectation): Violation[] {
  const { response } = exchange;
  const expected = allowed.join(' or ');
  if (!response) return [{ clause, title: 'No response received', expected, received: exchange.transportError ?? 'no response' }];
  if (allowed.includes(response.status)) return [];
  return [{ clause, title: 'Unexpected status', expected, received: describeStatus(response) }];
}

export function noServerError(exchange: Exchange): Violation[] {
  const status = exchange.response?.status;
  if (status === undefined || status < 500) return [];
  return [{ clause: 'SHOW-NO-5XX', title: 'Probe caused a server error', expected: 'a status below 500', received: exchange.response ? describeStatus(exchange.response) : String(status) }];
}

/** Applies to 4xx responses only: a 2xx or 5xx is reported by the status checks instead. */
export function errorBodyIsKnownStyle(exchange: Exchange): Violation[] {
  const { response } = exchange;
  if (!response || response.status < 400 || response.status >= 500) return [];
  // A HEAD response carries no body by definition.
  if (exchange.request.method === 'HEAD') return [];

  const title = 'Error body is not JSON of a known error style';
  const violations: Violation[] = [];
  const type = mediaType(response);
  if (type !== 'application/json') {
    violations.push({ clause: 'SHOW-ERR-BODY', title, expected: 'Content-Type: application/json', received: type ? `Content-Type: ${type}` : 'no Content-Type header' });
  }
  if (response.body.kind !== 'json') {
    const received = response.body.kind === 'empty' ? 'an empty body' : `invalid JSON (${response.body.error})`;
    violations.push({ clause: 'SHOW-ERR-BODY', title, pointer: '', expected: 'a Cinder fault, VBS error or API gateway error object', received });
    return violations;
  }
  const validate = validatorFor(SCHEMA_IDS.errorBody);
  if (!validate(response.body.value)) {
    // The three styles are alternatives, so branch errors are summarised as one violation.
    const branches = schemaErrorsToViolations('SHOW-ERR-BODY', title, validate.errors ?? [], response.body.value);
    violations.push({
      clause: 'SHOW-ERR-BODY',
      title,
      pointer: '',
      keyword: 'anyOf',
      expected: '{"<faultName>": {"code", "message"}} or {"error": {"code", "message"}} or {"error_code", "error_msg"}',
      detail: branches.map((b) => `${b.pointer || '/'} ${b.detail ?? b.expected ?? b.keyword}`).slice(0, 4).join('; '),
      value: response.body.value,
    });
  }
  return violations;
}

/** A refused probe must not carry the share it refused: a 4xx body echoing it leaks data. */
export function doesNotRevealShare(exchange: Exchange, clause: ClauseId, shareId: string): Violation[] {
  const id = valueAt(jsonBody(exchange), ['shared', 'id']);
  if (id !== shareId) return [];
  return [{ clause, title: 'Response reveals the share the caller may not see', pointer: '/shared/id', value: id }];
}

/** Runs every check of a negative probe: status set, error body, no 5xx. */
export function runErrorChecks(exchange: Exchange, expectation: ErrorExpectation): Violation[] {
  return [...statusIsOneOf(exchange, expectation), ...errorBodyIsKnownStyle(exchange), ...noServerError(exchange)];
}

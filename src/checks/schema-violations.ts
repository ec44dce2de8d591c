/**
 * Turns Ajv error objects into violations that name the property, the keyword and the value,
 * because Ajv's own messages omit the telling parameter (the extra property, for one).
 */
import type { ErrorObject } from 'ajv';
import type { ClauseId } from '../contract/clauses';
import type { Violation } from './violation';

function valueAtPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function describeParams(error: ErrorObject): { detail?: string; expected?: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { detail: `missing property "${String(params.missingProperty)}"` };
    case 'additionalProperties':
      return { detail: `extra property "${String(params.additionalProperty)}"` };
    case 'type':
      return { expected: `type ${Array.isArray(params.type) ? params.type.join(' or ') : String(params.type)}` };
    case 'enum':
      return { expected: `one of ${JSON.stringify(params.allowedValues)}` };
    case 'pattern':
      return { expected: `string matching ${String(params.pattern)}` };
    case 'format':
      return { expected: `format ${String(params.format)}` };
    case 'propertyNames':
      return { detail: `property name "${String(params.propertyName)}" is not allowed` };
    default:
      return { detail: error.message ?? JSON.stringify(params) };
  }
}

/**
 * Drops the noise that nullable unions produce: the failed `type: null` branch and the `anyOf`
 * summary whose branches are already listed at the same pointer.
 */
function isNoise(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'type' && (error.params as { type?: unknown }).type === 'null') return true;
  if (error.keyword === 'anyOf') return all.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword !== 'anyOf');
  return false;
}

/** Names the drift-ledger entry behind a schema error, if any. */
export type DriftTagger = (error: ErrorObject, body: unknown) => string | undefined;

export function schemaErrorsToViolations(clause: ClauseId, title: string, errors: readonly ErrorObject[], body: unknown, driftOf?: DriftTagger): Violation[] {
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const error of errors) {
    if (isNoise(error, errors)) continue;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = error.keyword === 'required' || error.keyword === 'additionalProperties' ? undefined : valueAtPointer(body, error.instancePath);
    const drift = driftOf?.(error, body);
    violations.push({ clause, title, pointer: error.instancePath, keyword: error.keyword, ...describeParams(error), value, ...(drift ? { drift } : {}) });
  }
  return violations;
}

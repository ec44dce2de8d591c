/**
 * Checks of a successful show-share response. Each is named after the property that must hold and
 * returns its violations. A check whose input is absent returns none, because the schema or status
 * check already reports that absence.
 */
import { BACKUP_STATUSES, isBackupStatus } from '../contract/backup-status';
import { driftOfSchemaError } from '../contract/drift';
import { timestampPointers } from '../contract/ledger';
import { SCHEMA_IDS, validatorFor } from '../contract/schema-registry';
import { segmentsOf } from '../contract/transcription';
import { findUndocumentedProperties } from '../contract/undocumented';
import { describeStatus, mediaType } from '../http/exchange';
import { isObject, pointerOf, valueAt } from './body-access';
import { jsonBody, type ShowCheck, type ShowCheckContext } from './context';
import { schemaErrorsToViolations } from './schema-violations';
import { parseTimestamp } from './timestamps';
import type { Violation } from './violation';

export const statusIsOk: ShowCheck = ({ exchange }) => {
  const { response } = exchange;
  if (!response) {
    return [{ clause: 'SHOW-200-STATUS', title: 'No response received', expected: 'HTTP 200', received: exchange.transportError ?? 'no response' }];
  }
  if (response.status === 200) return [];
  return [{ clause: 'SHOW-200-STATUS', title: 'Unexpected status for an existing share', expected: '200', received: describeStatus(response) }];
};

export const contentTypeIsJson: ShowCheck = ({ exchange }) => {
  const { response } = exchange;
  if (!response) return [];
  const type = mediaType(response);
  if (type === 'application/json') return [];
  return [{ clause: 'SHOW-200-CONTENT-TYPE', title: 'Response is not declared as JSON', expected: 'Content-Type: application/json', received: response.headers['content-type'] ? `Content-Type: ${response.headers['content-type']}` : 'no Content-Type header' }];
};

export const bodyMatchesSchema: ShowCheck = ({ exchange, profile }) => {
  const { response } = exchange;
  if (!response) return [];
  const title = 'Body does not match the response schema';
  if (response.body.kind === 'empty') {
    return [{ clause: 'SHOW-200-SCHEMA', title, pointer: '', expected: 'a JSON object with a "shared" property', received: 'an empty body' }];
  }
  if (response.body.kind === 'invalid-json') {
    return [{ clause: 'SHOW-200-SCHEMA', title, pointer: '', expected: 'a JSON object with a "shared" property', received: `invalid JSON (${response.body.error})` }];
  }
  const validate = validatorFor(profile === 'documented' ? SCHEMA_IDS.showShareDocumented : SCHEMA_IDS.showShareCompatible);
  if (validate(response.body.value)) return [];
  return schemaErrorsToViolations('SHOW-200-SCHEMA', title, validate.errors ?? [], response.body.value, driftOfSchemaError);
};

export const shareIdMatchesRequest: ShowCheck = ({ exchange, shareId }) => {
  const id = valueAt(jsonBody(exchange), ['shared', 'id']);
  if (id === undefined || id === shareId) return [];
  return [{ clause: 'SHOW-200-ID-MATCH', title: 'Response describes another share', pointer: '/shared/id', expected: shareId, value: id }];
};

export const backupIdMatchesBackup: ShowCheck = ({ exchange }) => {
  const body = jsonBody(exchange);
  const backupId = valueAt(body, ['shared', 'backup_id']);
  const nestedId = valueAt(body, ['shared', 'backup', 'id']);
  if (backupId === undefined || nestedId === undefined || backupId === nestedId) return [];
  return [{ clause: 'SHOW-200-BACKUP-ID', title: 'backup_id differs from the nested backup id', pointer: '/shared/backup_id', expected: `same as /shared/backup/id (${JSON.stringify(nestedId)})`, value: backupId }];
};

export const pathProjectIsParty: ShowCheck = ({ exchange, projectId }) => {
  const body = jsonBody(exchange);
  const from = valueAt(body, ['shared', 'from_project_id']);
  const to = valueAt(body, ['shared', 'to_project_id']);
  if (from === undefined && to === undefined) return [];
  if (from === projectId || to === projectId) return [];
  return [{ clause: 'SHOW-200-PROJECT-PARTY', title: 'Share returned to a project that is not a party to it', pointer: '/shared', expected: `from_project_id or to_project_id equal to ${projectId}`, received: `from ${JSON.stringify(from)}, to ${JSON.stringify(to)}` }];
};

/** Returns the string timestamps of a body: the rows that contract/field-formats.json marks as timestamps. */
function timestampFields(body: unknown): { path: string[]; value: unknown }[] {
  const fields = timestampPointers().map(segmentsOf);
  return fields.map((path) => ({ path, value: valueAt(body, path) })).filter((field) => typeof field.value === 'string');
}

export const timestampsAreOrdered: ShowCheck = ({ exchange }) => {
  const body = jsonBody(exchange);
  const violations: Violation[] = [];
  for (const { path, value } of timestampFields(body)) {
    if (!parseTimestamp(value as string)) {
      violations.push({ clause: 'SHOW-200-TIMESTAMPS', title: 'Timestamp does not parse', pointer: pointerOf(path), expected: 'YYYY-MM-DDTHH:MM:SS[.ffffff] with valid calendar values', value });
    }
  }
  for (const owner of [['shared'], ['shared', 'backup']]) {
    const created = valueAt(body, [...owner, 'created_at']);
    const updated = valueAt(body, [...owner, 'updated_at']);
    if (typeof created !== 'string' || typeof updated !== 'string') continue;
    const createdAt = parseTimestamp(created);
    const updatedAt = parseTimestamp(updated);
    if (createdAt && updatedAt && createdAt.epochMicros > updatedAt.epochMicros) {
      violations.push({ clause: 'SHOW-200-TIMESTAMPS', title: 'updated_at is earlier than created_at', pointer: pointerOf([...owner, 'updated_at']), expected: `not before created_at (${created})`, value: updated });
    }
  }
  return violations;
};

/** Schema definition of each timestamp policy; `any` takes the form every profile schema already checks. */
const TIMESTAMP_POLICY_DEFS = {
  zoneless: `${SCHEMA_IDS.common}#/$defs/timestampZoneless`,
  allowed: `${SCHEMA_IDS.common}#/$defs/timestampZoneAllowed`,
  any: `${SCHEMA_IDS.common}#/$defs/timestamp`,
} as const;

export const timestampsFollowZonePolicy: ShowCheck = ({ exchange, timestampZone }) => {
  const validate = validatorFor(TIMESTAMP_POLICY_DEFS[timestampZone]);
  const violations: Violation[] = [];
  for (const { path, value } of timestampFields(jsonBody(exchange))) {
    const parsed = parseTimestamp(value as string);
    if (!parsed || validate(value)) continue;
    const separatorIsT = (value as string).charAt(10) === 'T';
    if (parsed.hasZone && timestampZone === 'zoneless') {
      violations.push({
        clause: 'SHOW-200-TIMESTAMP-ZONE',
        title: 'Timestamp carries a time zone that SDK parsers reject',
        pointer: pointerOf(path),
        expected: 'zone-less YYYY-MM-DDTHH:MM:SS.ffffff, as the public Go SDKs parse it',
        value,
      });
    } else if (!separatorIsT) {
      violations.push({
        clause: 'SHOW-200-TIMESTAMP-ZONE',
        title: 'Timestamp separates date and time with something other than T',
        pointer: pointerOf(path),
        expected: `a T between date and time; only VBS_TIMESTAMP_ZONE=any accepts ${JSON.stringify((value as string).charAt(10))}`,
        value,
      });
    }
  }
  return violations;
};

export const undocumentedPropertiesFollowPolicy: ShowCheck = ({ exchange, profile, undocumentedProperties = 'warn' }) => {
  // warn reports the properties as annotations without failing (see findUndocumentedProperties).
  // The documented schema closes its objects, so SHOW-200-SCHEMA already fails them there.
  if (undocumentedProperties !== 'fail' || profile === 'documented') return [];
  return findUndocumentedProperties(jsonBody(exchange), profile).map(({ pointer, name, value }) => ({
    clause: 'SHOW-200-UNDOCUMENTED',
    title: 'Property is not in the response table',
    pointer,
    detail: `undocumented property "${name}"`,
    expected: 'only the properties of the response table (VBS_UNDOCUMENTED_PROPERTIES=fail)',
    value,
  }));
};

export const backupStatusIsKnown: ShowCheck = ({ exchange }) => {
  const status = valueAt(jsonBody(exchange), ['shared', 'backup', 'status']);
  if (status === undefined || isBackupStatus(status)) return [];
  return [{ clause: 'SHOW-200-BACKUP-STATUS', title: 'Unknown backup status', pointer: '/shared/backup/status', expected: `one of ${BACKUP_STATUSES.join(', ')}`, value: status }];
};

export const countersAreNonNegative: ShowCheck = ({ exchange }) => {
  const backup = valueAt(jsonBody(exchange), ['shared', 'backup']);
  if (!isObject(backup)) return [];
  const violations: Violation[] = [];
  for (const name of ['size', 'object_count'] as const) {
    if (!Object.hasOwn(backup, name) || backup[name] === null) continue;
    const value = backup[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      violations.push({ clause: 'SHOW-200-COUNTERS', title: 'Counter is not a non-negative integer', pointer: `/shared/backup/${name}`, expected: 'an integer >= 0 (size in GB)', value });
    }
  }
  return violations;
};

/** Every check of a 200 response, in report order. */
export const SHOW_CHECKS: readonly ShowCheck[] = [
  statusIsOk,
  contentTypeIsJson,
  bodyMatchesSchema,
  shareIdMatchesRequest,
  backupIdMatchesBackup,
  pathProjectIsParty,
  timestampsAreOrdered,
  timestampsFollowZonePolicy,
  backupStatusIsKnown,
  countersAreNonNegative,
  undocumentedPropertiesFollowPolicy,
];

export function runShowChecks(context: ShowCheckContext, checks: readonly ShowCheck[] = SHOW_CHECKS): Violation[] {
  return checks.flatMap((check) => check(context));
}

/**
 * Properties of a 200 body that the contract of a profile does not list: neither a response-table
 * row nor, for a profile that accepts it, a spelling from the drift ledger.
 */
import { isObject, pointerOf, valueAt } from '../checks/body-access';
import type { Profile } from '../config/values';
import { loadContractSources, otherNamePointer } from './ledger';
import { segmentsOf } from './transcription';

export interface UndocumentedProperty {
  /** Pointer of the property itself. */
  pointer: string;
  name: string;
  value: unknown;
}

/** Lists the property names the profile accepts for each object of the body, keyed by the object's pointer. */
function knownNames(profile: Profile): Map<string, Set<string>> {
  const { transcription, ledger } = loadContractSources();
  const known = new Map<string, Set<string>>([['', new Set()]]);
  const add = (pointer: string): void => {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    const name = segmentsOf(pointer).at(-1) ?? '';
    if (!known.has(parent)) known.set(parent, new Set());
    known.get(parent)?.add(name);
  };
  for (const row of transcription.responseRows) {
    add(row.pointer);
    if (row.type === 'dict' && !known.has(row.pointer)) known.set(row.pointer, new Set());
  }
  for (const entry of ledger.entries) {
    const wire = otherNamePointer(entry);
    if (wire && entry.resolution[profile] === 'accept') add(wire);
  }
  return known;
}

export function findUndocumentedProperties(body: unknown, profile: Profile): UndocumentedProperty[] {
  const found: UndocumentedProperty[] = [];
  for (const [owner, names] of knownNames(profile)) {
    const segments = segmentsOf(owner);
    const object = valueAt(body, segments);
    if (!isObject(object)) continue;
    for (const [name, value] of Object.entries(object)) {
      if (!names.has(name)) found.push({ pointer: pointerOf([...segments, name]), name, value });
    }
  }
  return found;
}

export function formatUndocumented(property: UndocumentedProperty): string {
  return `[undocumented] ${property.pointer}: property "${property.name}" is not in the response table`;
}

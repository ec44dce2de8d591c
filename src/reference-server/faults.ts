/**
 * The fault catalogue: named, realistic misbehaviours that the reference server can be started
 * with, each stating the clauses the conformance suite must fail on it. The project's mutation
 * self-test plants every fault and compares the clauses that fail with this list, so a check that
 * stops catching its fault is noticed.
 */
import type { ClauseId } from '../contract/clauses';
import type { Profile, UndocumentedPolicy } from '../config/values';
import { BODY_FAULTS } from './faults-body';
import { STATUS_FAULTS } from './faults-status';
import { WIRE_FAULTS } from './faults-wire';
import type { IncomingProbe, Reply, ShareStore } from './routes';
import type { ReplyTransform } from './server';

/** Inputs of a fault besides the reply and the request. */
export interface FaultContext {
  store: ShareStore;
  /** Budget of one request of the harness, in milliseconds. The slow fault replies after it. */
  requestBudgetMs: number;
}

export type FaultArea = 'schema' | 'semantics' | 'status' | 'transport' | 'error body';

/** A drift observation that must be reported: the evidence for a fault the compatible profile accepts by design. */
export interface ExpectedDrift {
  drift: string;
  pointer: string;
}

export interface Fault {
  /** Stable kebab-case name, the value of VBS_REFERENCE_FAULT. */
  name: string;
  area: FaultArea;
  /** One line: what the faulty server does. */
  description: string;
  /** Clauses the suite must fail on this server. Every other clause must still hold. */
  fails: readonly ClauseId[];
  /** Drift observations the run must report. */
  reports?: readonly ExpectedDrift[];
  /** Settings the suite needs to see the fault (profile, policy, share) or to see it quickly (request budget). */
  needs?: { profile?: Profile; undocumentedProperties?: UndocumentedPolicy; shareId?: string; timeoutMs?: number };
  /** Turns the correct server's reply into the faulty one; returns the reply unchanged where the fault does not apply. */
  apply(reply: Reply, probe: IncomingProbe, context: FaultContext): Reply;
}

export const FAULTS: readonly Fault[] = [...BODY_FAULTS, ...STATUS_FAULTS, ...WIRE_FAULTS];

export const FAULT_NAMES: readonly string[] = FAULTS.map((fault) => fault.name);

export function findFault(name: string): Fault | undefined {
  return FAULTS.find((fault) => fault.name === name);
}

/** Builds the server transform that plants a fault. */
export function faultTransform(fault: Fault, requestBudgetMs: number): ReplyTransform {
  return (reply, probe, store) => fault.apply(reply, probe, { store, requestBudgetMs });
}

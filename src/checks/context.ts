import type { Profile, TimestampZonePolicy, UndocumentedPolicy } from '../config/values';
import type { Exchange } from '../http/exchange';
import type { Violation } from './violation';

/** Inputs of a show-share check besides the response itself. */
export interface ShowCheckContext {
  exchange: Exchange;
  /** Project id in the request path. */
  projectId: string;
  /** Share id requested. */
  shareId: string;
  profile: Profile;
  timestampZone: TimestampZonePolicy;
  /** Policy on properties the contract does not list; `warn` when unset. */
  undocumentedProperties?: UndocumentedPolicy;
}

/** A check returns the violations it finds: empty when the property is satisfied or does not apply. */
export type ShowCheck = (context: ShowCheckContext) => Violation[];

/** Returns the parsed JSON body, or undefined when there is no response or it is not JSON. */
export function jsonBody(exchange: Exchange): unknown {
  const body = exchange.response?.body;
  return body?.kind === 'json' ? body.value : undefined;
}

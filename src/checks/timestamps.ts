/**
 * Parsing of the API's timestamps, which real bodies send as `YYYY-MM-DDTHH:MM:SS.ffffff` with no
 * zone. Every ISO 8601 form of the `any` timestamp policy parses: a space or lower-case t between
 * date and time, and a zone of Z, z, +hh, +hhmm or +hh:mm.
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

export interface ParsedTimestamp {
  /** Microseconds since the epoch; zone-less values are read as UTC so they compare with each other. */
  epochMicros: number;
  hasZone: boolean;
}

/** Parses a timestamp, or returns undefined when its syntax or calendar value is invalid. */
export function parseTimestamp(text: string): ParsedTimestamp | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = parts;
  const millis = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(millis);
  const calendarValid =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  if (!calendarValid) return undefined;

  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const zoneHours = Number(digits.slice(0, 2));
    const zoneMinutes = Number(digits.slice(2, 4) || '0');
    if (zoneHours > 23 || zoneMinutes > 59) return undefined;
    offsetMinutes = sign * (zoneHours * 60 + zoneMinutes);
  }
  const micros = Number(fraction.padEnd(6, '0').slice(0, 6));
  return { epochMicros: (millis - offsetMinutes * 60_000) * 1000 + micros, hasZone: zone !== undefined };
}

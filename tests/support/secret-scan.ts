/** Searches output for a secret in plain text and in the encodings reports use to embed data. */
import fs from 'node:fs';
import path from 'node:path';

/** Base64 fragments that appear whenever the secret is embedded, whatever its byte offset. */
function base64Needles(secret: string): string[] {
  const needles: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.from('x'.repeat(offset) + secret).toString('base64');
    // Drop the characters that depend on the padding bytes before and after the secret.
    const start = Math.ceil((offset * 4) / 3) + 1;
    needles.push(encoded.slice(start, encoded.length - 4));
  }
  return needles.filter((needle) => needle.length >= 8);
}

export function containsSecret(text: string, secret: string): boolean {
  if (text.includes(secret) || text.includes(encodeURIComponent(secret))) return true;
  return base64Needles(secret).some((needle) => text.includes(needle));
}

/** Returns the files under the folders whose content contains the secret. */
export function filesContainingSecret(folders: readonly string[], secret: string): string[] {
  const hits: string[] = [];
  const visit = (entry: string): void => {
    if (!fs.existsSync(entry)) return;
    if (fs.statSync(entry).isDirectory()) {
      for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
      return;
    }
    if (containsSecret(fs.readFileSync(entry).toString('latin1'), secret)) hits.push(entry);
  };
  folders.forEach(visit);
  return hits;
}

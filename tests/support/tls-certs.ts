/**
 * Certificates for TLS tests, made at test time with the openssl command-line tool: a CA with a
 * server certificate for 127.0.0.1, and a self-signed server certificate no CA vouches for.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface TestCertificates {
  /** PEM file of the test CA, for VBS_CA_FILE. */
  caFile: string;
  /** Key and certificate of 127.0.0.1, issued by the test CA. */
  issued: { key: string; cert: string };
  /** Key and certificate of 127.0.0.1, self-signed. */
  selfSigned: { key: string; cert: string };
}

/** Returns true when `openssl` can be run; TLS tests skip with that reason otherwise. */
export function opensslAvailable(): boolean {
  return spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
}

function openssl(dir: string, args: string[]): void {
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args[0]} failed: ${run.stderr.trim()}`);
}

export function makeCertificates(dir: string): TestCertificates {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const san = 'subjectAltName=IP:127.0.0.1';
  openssl(dir, ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=vbs-conformance test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  openssl(dir, ['req', ...ec, '-keyout', 'issued.key', '-out', 'issued.csr', '-subj', '/CN=127.0.0.1']);
  fs.writeFileSync(path.join(dir, 'issued.ext'), `${san}\nextendedKeyUsage=serverAuth\n`);
  openssl(dir, ['x509', '-req', '-in', 'issued.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'issued.pem', '-days', '2', '-extfile', 'issued.ext']);
  openssl(dir, ['req', '-x509', ...ec, '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', san]);

  const read = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');
  return {
    caFile: path.join(dir, 'ca.pem'),
    issued: { key: read('issued.key'), cert: read('issued.pem') },
    selfSigned: { key: read('self.key'), cert: read('self.pem') },
  };
}

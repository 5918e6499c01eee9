import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';

/**
 * Test certificates made at test time with the machine's openssl (EC P-256, valid 2 days) in a temp dir: a CA,
 * a server certificate for 127.0.0.1 / localhost (usable at both ends, as a broker's own certificate is when it
 * connects to other nodes), a client certificate (CN=client,OU=eng,O=Brook,C=US), and the
 * server's key and chain as a PKCS12 file; with `jks` also a JKS keystore (keytool, from the JDK).
 */
export interface TestCerts {
  dir: string;
  caPem: string;
  serverKeyPem: string;
  serverCertPem: string;
  clientKeyPem: string;
  clientCertPem: string;
  /** Paths. */
  caFile: string;
  serverPemFile: string;
  serverP12File: string;
  serverJksFile: string | null;
  clientKeyFile: string;
  clientCertFile: string;
  clientP12File: string;
  /** The CA alone in a PKCS12 truststore (openssl); with `jks` also `trust-keytool.p12` made by keytool. */
  truststoreP12File: string;
  /** A self-signed client certificate no truststore here trusts. */
  strangerKeyPem: string;
  strangerCertPem: string;
  /** Password of the PKCS12 and JKS files. */
  password: string;
  cleanup(): void;
}

const run = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function hasKeytool(): boolean {
  try {
    execFileSync('keytool', ['-help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function makeTestCerts(options: { jks?: boolean } = {}): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), 'brook-certs-'));
  const password = 'test-secret';
  const newKey = (name: string) =>
    run(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`], dir);
  newKey('ca');
  run(['req', '-x509', '-new', '-key', 'ca.key', '-days', '2', '-subj', '/CN=Brook Test CA', '-out', 'ca.pem'], dir);
  const sign = (name: string, subject: string, extensions: string) => {
    newKey(name);
    run(['req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`], dir);
    writeFileSync(join(dir, `${name}.ext`), extensions);
    run(
      [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '2',
        '-extfile',
        `${name}.ext`,
        '-out',
        `${name}.pem`,
      ],
      dir,
    );
  };
  sign(
    'server',
    '/CN=localhost',
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n',
  );
  sign('client', '/C=US/O=Brook/OU=eng/CN=client', 'extendedKeyUsage=clientAuth\n');
  newKey('stranger');
  run(
    ['req', '-x509', '-new', '-key', 'stranger.key', '-days', '2', '-subj', '/CN=stranger', '-out', 'stranger.pem'],
    dir,
  );
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  writeFileSync(join(dir, 'server-bundle.pem'), read('server.key') + read('server.pem') + read('ca.pem'));
  const p12 = (name: string) =>
    run(
      [
        'pkcs12',
        '-export',
        '-inkey',
        `${name}.key`,
        '-in',
        `${name}.pem`,
        '-certfile',
        'ca.pem',
        '-name',
        name,
        '-passout',
        `pass:${password}`,
        '-out',
        `${name}.p12`,
      ],
      dir,
    );
  p12('server');
  p12('client');
  run(['pkcs12', '-export', '-nokeys', '-in', 'ca.pem', '-passout', `pass:${password}`, '-out', 'trust.p12'], dir);
  let serverJksFile: string | null = null;
  if (options.jks && hasKeytool()) {
    execFileSync(
      'keytool',
      [
        '-importkeystore',
        '-noprompt',
        '-srckeystore',
        'server.p12',
        '-srcstoretype',
        'PKCS12',
        '-srcstorepass',
        password,
        '-destkeystore',
        'server.jks',
        '-deststoretype',
        'JKS',
        '-deststorepass',
        password,
        '-destkeypass',
        password,
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    execFileSync(
      'keytool',
      [
        '-importcert',
        '-noprompt',
        '-alias',
        'ca',
        '-file',
        'ca.pem',
        '-keystore',
        'trust.jks',
        '-storetype',
        'JKS',
        '-storepass',
        password,
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    execFileSync(
      'keytool',
      [
        '-importcert',
        '-noprompt',
        '-alias',
        'ca',
        '-file',
        'ca.pem',
        '-keystore',
        'trust-keytool.p12',
        '-storetype',
        'PKCS12',
        '-storepass',
        password,
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    serverJksFile = join(dir, 'server.jks');
  }
  return {
    dir,
    caPem: read('ca.pem'),
    serverKeyPem: read('server.key'),
    serverCertPem: read('server.pem') + read('ca.pem'),
    clientKeyPem: read('client.key'),
    clientCertPem: read('client.pem'),
    caFile: join(dir, 'ca.pem'),
    serverPemFile: join(dir, 'server-bundle.pem'),
    serverP12File: join(dir, 'server.p12'),
    serverJksFile,
    clientKeyFile: join(dir, 'client.key'),
    clientCertFile: join(dir, 'client.pem'),
    clientP12File: join(dir, 'client.p12'),
    truststoreP12File: join(dir, 'trust.p12'),
    strangerKeyPem: read('stranger.key'),
    strangerCertPem: read('stranger.pem'),
    password,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Another certificate signed by `certs`' CA, in `certs.dir`: a server certificate re-issued (the same subject and
 * `san` as the server's: `/CN=localhost`, `DNS:localhost,IP:127.0.0.1`) or one with another identity, for a
 * keystore rotated while a broker runs. Its key, its chain (certificate then CA), a PEM bundle of both and its
 * serial number (as Node's X509Certificate prints it).
 */
export function signedCertificate(
  certs: TestCerts,
  name: string,
  subject = '/CN=localhost',
  san = 'DNS:localhost,IP:127.0.0.1',
): { keyPem: string; chainPem: string; bundleFile: string; serial: string } {
  const dir = certs.dir;
  run(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`], dir);
  run(['req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`], dir);
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth,clientAuth\n`);
  const sign = ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'];
  run([...sign, '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`], dir);
  const keyPem = readFileSync(join(dir, `${name}.key`), 'utf8');
  const certPem = readFileSync(join(dir, `${name}.pem`), 'utf8');
  const bundleFile = join(dir, `${name}-bundle.pem`);
  writeFileSync(bundleFile, keyPem + certPem + certs.caPem);
  return { keyPem, chainPem: certPem + certs.caPem, bundleFile, serial: new X509Certificate(certPem).serialNumber };
}

/** The serial number of the certificate a TLS listener at `address` (HOST:PORT) shows a new connection. */
export function servedCertificateSerial(address: string, caPem: string): Promise<string> {
  const colon = address.lastIndexOf(':');
  const [host, port] = [address.slice(0, colon), Number(address.slice(colon + 1))];
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host, port, ca: caPem, servername: 'localhost' }, () => {
      resolve(socket.getPeerX509Certificate()!.serialNumber);
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

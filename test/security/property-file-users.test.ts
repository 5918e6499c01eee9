/**
 * `brook sql-server`'s users as ksqlDB's authentication.method=BASIC finds them: a JAAS file's login context (the
 * realm) whose PropertyFileLoginModule names Jetty's user file (`user: password,role ...`), with
 * authentication.roles deciding who is let in.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JaasConfigError, parseJaasConfig, parseJaasFile } from '../../src/security/jaas';
import { parsePasswordFile, propertyFilePasswordCheck } from '../../src/security/property-file-users';

describe('JAAS files and PropertyFileLoginModule users (brook sql-server BASIC)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-jaas-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the login contexts of a JAAS file, comments skipped; refuses broken ones', () => {
    const contexts = parseJaasFile(`/* ksqlDB */
KsqlServer-Props {
  // Jetty's module
  org.eclipse.jetty.jaas.spi.PropertyFileLoginModule required
  file="/etc/ksql/password-file"
  debug="false";
};
KafkaServer { org.apache.kafka.common.security.plain.PlainLoginModule required user_a="b"; };
`);
    assert.deepEqual([...contexts.keys()], ['KsqlServer-Props', 'KafkaServer']);
    assert.equal(contexts.get('KsqlServer-Props')![0]!.options.get('file'), '/etc/ksql/password-file');
    assert.throws(() => parseJaasFile('Ctx { x required a="1"; }'), JaasConfigError);
    assert.throws(() => parseJaasFile('garbage Ctx { x required; };'), /unexpected text before the login context Ctx/);
  });

  it("checks clear, MD5: and OBF: passwords (Jetty's forms) and authentication.roles; refuses CRYPT:", () => {
    const file = join(dir, 'password-file');
    // OBF:... is Jetty's obfuscation of "password"; the MD5: line is md5("md5-pw").
    writeFileSync(
      file,
      [
        'ann: ann-pw,admin',
        'obi: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,user',
        `mo: MD5:${createHash('md5').update('md5-pw').digest('hex')},user`,
        'guest: guest-pw',
      ].join('\n'),
    );
    const entries = parseJaasConfig(`org.eclipse.jetty.jaas.spi.PropertyFileLoginModule required file="${file}";`);
    const any = propertyFilePasswordCheck(entries, ['*']);
    assert.equal(any('ann', 'ann-pw'), true);
    assert.equal(any('obi', 'password'), true);
    assert.equal(any('mo', 'md5-pw'), true);
    assert.equal(any('guest', 'guest-pw'), true, 'any role, or none, with *');
    assert.equal(any('ann', 'nope'), false);
    assert.equal(any('nobody', 'ann-pw'), false);
    const admins = propertyFilePasswordCheck(entries, ['admin']);
    assert.equal(admins('ann', 'ann-pw'), true);
    assert.equal(admins('obi', 'password'), false);
    assert.throws(() => parsePasswordFile('x: CRYPT:abcdef', 'f'), /user x: CRYPT: passwords are not supported/);
    assert.throws(
      () => propertyFilePasswordCheck(parseJaasConfig('org.example.Other required;'), ['*']),
      /no PropertyFileLoginModule entry/,
    );
  });
});

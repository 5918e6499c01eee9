import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageCodec } from '../../../protocol/generated';
import { generate } from '../../../protocol/generator/generate';
import { loadSchemas, stripComments, Versions } from '../../../protocol/generator/schema';
import { ProtocolEncodeError, Reader, Writer } from '../../../protocol/primitives';

const ROOT = join(__dirname, '..', '..', '..');

describe('message codec generator', () => {
  // The committed output against Kafka's real schemas is checked by test/shared/generated-codecs.test.ts.
  it('strips // comments outside strings only, and parses version ranges', () => {
    assert.equal(JSON.parse(stripComments('{"a": "x//y", // note\n "b": 1}')).a, 'x//y');
    assert.deepEqual(Versions.parse('3-5'), new Versions(3, 5));
    assert.equal(Versions.parse('none').empty, true);
    assert.equal(Versions.parse('9+').toString(), '9+');
  });

  describe('on a synthetic schema (features the real schemas do not use yet)', () => {
    // biome-ignore lint/suspicious/noExplicitAny: loaded at run time
    let codec: MessageCodec<any>;
    let dir: string;

    before(function () {
      this.timeout(30_000);
      dir = mkdtempSync(join(tmpdir(), 'brook-synthetic-'));
      const schemas = join(dir, 'schemas');
      mkdirSync(schemas);
      writeFileSync(
        join(schemas, 'SyntheticData.json'),
        `// A data schema exercising tagged nullable structs and nullable tagged strings with a default.
{
  "type": "data",
  "name": "SyntheticData",
  "validVersions": "0-2",
  "flexibleVersions": "1+",
  "fields": [
    { "name": "Name", "type": "string", "versions": "0+", "about": "plain // not a comment" },
    { "name": "Inner", "type": "Inner", "versions": "0+", "nullableVersions": "1+", "fields": [
      { "name": "Z", "type": "int8", "versions": "0+" }
    ]},
    { "name": "Opt", "type": "Opt", "versions": "1+", "taggedVersions": "1+", "tag": 0,
      "nullableVersions": "1+", "default": "null", "fields": [
      { "name": "X", "type": "int32", "versions": "1+" }
    ]},
    { "name": "Opt2", "type": "Opt2", "versions": "2+", "taggedVersions": "2+", "tag": 1,
      "nullableVersions": "2+", "fields": [
      { "name": "Y", "type": "int16", "versions": "2+" }
    ]},
    { "name": "Note", "type": "string", "versions": "1+", "taggedVersions": "1+", "tag": 2,
      "nullableVersions": "1+", "default": "abc" },
    { "name": "Limit", "type": "uint32", "versions": "0+", "default": "0xffffffff" },
    { "name": "Ratio", "type": "float64", "versions": "0+", "default": "0.5" },
    { "name": "Port", "type": "uint16", "versions": "0+", "default": 9092 }
  ]
}`,
      );
      const files = generate(schemas);
      const source = files
        .get('synthetic-data.ts')!
        .replace("'../primitives'", JSON.stringify(join(ROOT, 'protocol', 'primitives')))
        .replace("'../generator/runtime'", JSON.stringify(join(ROOT, 'protocol', 'generator', 'runtime')));
      writeFileSync(join(dir, 'synthetic-data.ts'), source);
      codec = require(join(dir, 'synthetic-data.ts')).SyntheticDataCodec;
    });

    after(() => rmSync(dir, { recursive: true, force: true }));

    const encode = (version: number, value: unknown): Buffer => {
      const w = new Writer();
      codec.encode(w, version, value);
      return Buffer.from(w.finish());
    };
    const decode = (version: number, bytes: Buffer): unknown => {
      const r = new Reader(bytes);
      const value = codec.decode(r, version);
      r.expectEnd();
      r.check(`SyntheticData v${version}`);
      return value;
    };

    it('has the schema defaults (hex, bare JSON numbers, floats)', () => {
      assert.deepEqual(codec.defaults(), {
        name: '',
        inner: { z: 0 },
        opt: null,
        opt2: { y: 0 },
        note: 'abc',
        limit: 0xffffffff,
        ratio: 0.5,
        port: 9092,
      });
    });

    it('writes no tags at defaults', () => {
      const bytes = encode(2, codec.defaults());
      // Name "" | Inner marker 1, z, tags | limit | ratio | port | empty tag section
      assert.equal(bytes.toString('hex'), `01010000${'ffffffff'}3fe0000000000000${'2384'}00`);
    });

    it('a tagged nullable struct carries a presence marker before the struct', () => {
      const value = { ...codec.defaults(), opt: { x: 5 } };
      const bytes = encode(1, value);
      const tail = bytes.subarray(bytes.length - 9);
      assert.equal(tail.toString('hex'), '010006010000000500');
      assert.deepEqual(decode(1, bytes), value);
    });

    it('null in a tagged nullable field whose default is not null is written as tag, size 1, marker 0', () => {
      const value = { ...codec.defaults(), opt2: null, note: null };
      const bytes = encode(2, value);
      assert.equal(bytes.subarray(bytes.length - 7).toString('hex'), '02010100020100');
      assert.deepEqual(decode(2, bytes), value);
    });

    it('an untagged nullable struct is refused as null where it is not nullable', () => {
      const value = { ...codec.defaults(), inner: null };
      assert.throws(() => encode(0, value), ProtocolEncodeError);
      assert.deepEqual(decode(1, encode(1, value)), value);
    });
  });
});

describe('schema overlay (a newer release replacing some schemas, protocol/generator/overlay.ts)', () => {
  let dir: string;
  const base = `{ "type": "data", "name": "Layered", "validVersions": "0-2", "flexibleVersions": "none", "fields": [
    { "name": "A", "type": "int32", "versions": "0+" },
    { "name": "B", "type": "string", "versions": "1+" } ] }`;
  const newer = (lowB: string) => `// the newer release dropped v0-1
{ "type": "data", "name": "Layered", "validVersions": "2-4", "flexibleVersions": "none", "fields": [
    { "name": "A", "type": "int32", "versions": "0+" },
    { "name": "B", "type": "string", "versions": "${lowB}" },
    { "name": "C", "type": "int8", "versions": "3+" },
    { "name": "D", "type": "int8", "versions": "4+" } ] }`;
  const overlay = (text: string) => ({ release: '9.9.9', texts: new Map([['Layered.json', { text, maxVersion: 3 }]]) });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-overlay-'));
    writeFileSync(join(dir, 'Layered.json'), base);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the base's lowest versions, stops at the overlay's highest and drops the fields of no version left", () => {
    const [spec] = loadSchemas(dir, overlay(newer('1+')));
    assert.equal(spec!.validVersions.toString(), '0-3');
    assert.equal(spec!.release, '9.9.9');
    assert.deepEqual(
      spec!.root.fields.map((f) => f.name),
      ['A', 'B', 'C'],
    );
    const text = generate(dir, overlay(newer('1+'))).get('layered.ts')!;
    assert.match(text, /Apache Kafka 9\.9\.9/);
  });

  it('refuses an overlay whose layout of a kept lower version differs from the base', () => {
    assert.throws(() => loadSchemas(dir, overlay(newer('0+'))), /version 0 differs from the base schema/);
  });

  it('puts back, in their place, the fields the newer release dropped with its oldest versions', () => {
    // As Kafka 4.0 did with ListOffsets v0's MaxNumOffsets: the field of v0 only is gone from the newer schema.
    const withOld = `{ "type": "data", "name": "Dropped", "validVersions": "0-2", "flexibleVersions": "none", "fields": [
      { "name": "A", "type": "int32", "versions": "0+" },
      { "name": "Old", "type": "int16", "versions": "0" },
      { "name": "B", "type": "string", "versions": "0+" } ] }`;
    const without = `{ "type": "data", "name": "Dropped", "validVersions": "1-3", "flexibleVersions": "none", "fields": [
      { "name": "A", "type": "int32", "versions": "0+" },
      { "name": "B", "type": "string", "versions": "0+" },
      { "name": "C", "type": "int8", "versions": "3+" } ] }`;
    const droppedDir = mkdtempSync(join(tmpdir(), 'brook-overlay-'));
    try {
      writeFileSync(join(droppedDir, 'Dropped.json'), withOld);
      const texts = new Map([['Dropped.json', { text: without, maxVersion: 3 }]]);
      const [spec] = loadSchemas(droppedDir, { release: '9.9.9', texts });
      assert.equal(spec!.validVersions.toString(), '0-3');
      assert.deepEqual(
        spec!.root.fields.map((f) => [f.name, f.versions.toString()]),
        [
          ['A', '0+'],
          ['Old', '0'],
          ['B', '0+'],
          ['C', '3+'],
        ],
      );
    } finally {
      rmSync(droppedDir, { recursive: true, force: true });
    }
  });
});

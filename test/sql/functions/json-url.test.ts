import assert from 'node:assert/strict';
import { Decimal } from '../../../src/sql/types';
import { call, typed } from './helpers';

describe('sql functions: JSON', () => {
  const log =
    '{"log": {"cloud": "gcp836Csd", "app": "ksProcessor", "instance": 4, "ratio": 1.50, "tags": ["a", {"b": true}]}}';

  it('EXTRACTJSONFIELD follows ksqlDB JSON paths', () => {
    assert.equal(call('EXTRACTJSONFIELD', log, '$.log.cloud'), 'gcp836Csd');
    assert.equal(call('EXTRACTJSONFIELD', log, '$.log.instance'), '4');
    assert.equal(call('EXTRACTJSONFIELD', log, '$.log.ratio'), '1.50');
    assert.equal(call('EXTRACTJSONFIELD', log, '$.log.tags[1]'), '{"b":true}');
    assert.equal(call('EXTRACTJSONFIELD', log, "$['log'].tags[0]"), null);
    assert.equal(call('EXTRACTJSONFIELD', log, '$["log"]["tags"][0]'), 'a');
    assert.equal(call('EXTRACTJSONFIELD', log, '$.log.missing'), null);
    assert.equal(call('EXTRACTJSONFIELD', log, '$.log.tags.x'), null);
    assert.equal(call('EXTRACTJSONFIELD', 'not json', '$.a'), null);
    assert.equal(call('EXTRACTJSONFIELD', log, 'log.cloud'), null);
    assert.equal(call('EXTRACTJSONFIELD', '{"big": 12345678901234567890}', '$.big'), '12345678901234567890');
  });

  it('IS_JSON_STRING, JSON_ARRAY_LENGTH, JSON_KEYS, JSON_RECORDS, JSON_ITEMS (docs examples)', () => {
    for (const s of ['[1, 2, 3]', '{}', '1', '"abc"', 'null']) assert.equal(call('IS_JSON_STRING', s), true, s);
    for (const s of ['', 'abc', '{"a": }']) assert.equal(call('IS_JSON_STRING', s), false, s);
    assert.equal(call('IS_JSON_STRING', typed('STRING', null)), false);
    assert.equal(call('JSON_ARRAY_LENGTH', '[1, [1, [2]], 3]'), 3);
    assert.equal(call('JSON_ARRAY_LENGTH', '[]'), 0);
    assert.equal(call('JSON_ARRAY_LENGTH', '{}'), null);
    assert.equal(call('JSON_ARRAY_LENGTH', 'abc'), null);
    assert.deepEqual(call('JSON_KEYS', '{"a": "abc", "b": { "c": "a" }, "d": 1}'), ['a', 'b', 'd']);
    assert.deepEqual(call('JSON_KEYS', '{}'), []);
    assert.equal(call('JSON_KEYS', '[]'), null);
    assert.equal(call('JSON_KEYS', ''), null);
    assert.deepEqual(
      call('JSON_RECORDS', '{"a": "abc", "b": { "c": "a" }, "d": 1}'),
      new Map([
        ['a', 'abc'],
        ['b', '{"c":"a"}'],
        ['d', '1'],
      ]),
    );
    assert.equal(call('JSON_RECORDS', '123'), null);
    assert.deepEqual(call('JSON_ITEMS', '[{"type": "A", "ts": "2022-01-27"}, 2]'), [
      '{"type":"A","ts":"2022-01-27"}',
      '2',
    ]);
    assert.equal(call('JSON_ITEMS', 'abc'), null);
  });

  it('JSON_CONCAT merges objects or concatenates arrays (docs examples)', () => {
    assert.equal(call('JSON_CONCAT', '{"a": 1}', '{"b": 2}'), '{"a":1,"b":2}');
    assert.equal(call('JSON_CONCAT', '{"a": {"5": 6}}', '{"a": {"3": 4}}'), '{"a":{"3":4}}');
    assert.equal(call('JSON_CONCAT', '{}', '{}'), '{}');
    assert.equal(call('JSON_CONCAT', '[1, 2]', '[3, 4]'), '[1,2,3,4]');
    assert.equal(call('JSON_CONCAT', '[1, [2]]', '[[[3]], [[[4]]]]'), '[1,[2],[[3]],[[[4]]]]');
    assert.equal(call('JSON_CONCAT', 'null', 'null'), '[null,null]');
    assert.equal(call('JSON_CONCAT', '[1, 2]', '{"a": 1}'), '[1,2,{"a":1}]');
    assert.equal(call('JSON_CONCAT', '1', '2'), '[1,2]');
    assert.equal(call('JSON_CONCAT', 'abc', '[1]'), null);
    assert.equal(call('JSON_CONCAT', typed('STRING', null), '[1]'), null);
  });

  it('JSON_ARRAY_CONTAINS matches by JSON token type', () => {
    assert.equal(call('JSON_ARRAY_CONTAINS', '[1, 2, 3]', 3), true);
    assert.equal(call('JSON_ARRAY_CONTAINS', '[1, 2, 3]', 3n), true);
    assert.equal(call('JSON_ARRAY_CONTAINS', '[1.5, 2]', 1.5), true);
    assert.equal(call('JSON_ARRAY_CONTAINS', '[1.0]', 1), false);
    assert.equal(call('JSON_ARRAY_CONTAINS', '["a", null]', typed('STRING', null)), true);
    assert.equal(call('JSON_ARRAY_CONTAINS', '[true]', true), true);
    assert.equal(call('JSON_ARRAY_CONTAINS', '{"a": 1}', 1), false);
    assert.equal(call('JSON_ARRAY_CONTAINS', 'bad', 1), false);
  });

  it('TO_JSON_STRING writes every type like ksqlDB (docs examples)', () => {
    assert.equal(call('TO_JSON_STRING', 1), '1');
    assert.equal(call('TO_JSON_STRING', 15.3), '15.3');
    assert.equal(call('TO_JSON_STRING', typed('DOUBLE', 2)), '2.0');
    assert.equal(call('TO_JSON_STRING', 'abc'), '"abc"');
    assert.equal(call('TO_JSON_STRING', true), 'true');
    assert.equal(call('TO_JSON_STRING', typed('DATE', 18911)), '"2021-10-11"');
    assert.equal(call('TO_JSON_STRING', typed('TIME', 48300000)), '"13:25"');
    assert.equal(call('TO_JSON_STRING', typed('TIME', 48301000)), '"13:25:01"');
    assert.equal(call('TO_JSON_STRING', typed('TIMESTAMP', 1625055519446)), '"2021-06-30T12:18:39.446"');
    assert.equal(call('TO_JSON_STRING', typed('STRING', null)), 'null');
    assert.equal(call('TO_JSON_STRING', typed('DECIMAL(4, 2)', Decimal.parse('1.50'))), '1.50');
    assert.equal(call('TO_JSON_STRING', typed('ARRAY<INT>', [1, 2, 3])), '[1,2,3]');
    assert.equal(
      call('TO_JSON_STRING', typed('STRUCT<NAME STRING, ID INT>', { NAME: 'A', ID: 1 })),
      '{"ID":1,"NAME":"A"}',
    );
    assert.equal(
      call(
        'TO_JSON_STRING',
        typed(
          'MAP<STRING, INT>',
          new Map([
            ['d', 4],
            ['c', 2],
          ]),
        ),
      ),
      '{"c":2,"d":4}',
    );
    assert.equal(call('TO_JSON_STRING', Buffer.from('hi')), '"aGk="');
  });
});

describe('sql functions: URLs', () => {
  it('extracts URL parts like java.net.URI (docs examples)', () => {
    assert.equal(call('URL_EXTRACT_FRAGMENT', 'http://test.com#frag'), 'frag');
    assert.equal(call('URL_EXTRACT_FRAGMENT', 'http://test.com#frag%20space'), 'frag space');
    assert.equal(call('URL_EXTRACT_HOST', 'http://test.com:8080/path'), 'test.com');
    assert.equal(call('URL_EXTRACT_PARAMETER', 'http://test.com?a%20b=c%20d', 'a b'), 'c d');
    assert.equal(call('URL_EXTRACT_PARAMETER', 'http://test.com?a=foo&b=bar', 'b'), 'bar');
    assert.equal(call('URL_EXTRACT_PARAMETER', 'http://test.com?a=foo&flag', 'flag'), '');
    assert.equal(call('URL_EXTRACT_PARAMETER', 'http://test.com?a=foo', 'z'), null);
    assert.equal(call('URL_EXTRACT_PATH', 'http://test.com/path/to#a'), '/path/to');
    assert.equal(call('URL_EXTRACT_PORT', 'http://localhost:8080/path'), 8080);
    assert.equal(call('URL_EXTRACT_PORT', 'http://localhost/path'), null);
    assert.equal(call('URL_EXTRACT_PROTOCOL', 'http://test.com?a=foo&b=bar'), 'http');
    assert.equal(call('URL_EXTRACT_QUERY', 'http://test.com?a=foo%20bar&b=baz'), 'a=foo bar&b=baz');
    assert.equal(call('URL_EXTRACT_HOST', 'http://bad host.com/'), null);
    assert.equal(call('URL_EXTRACT_PATH', 'http://257.1/bogus/[url'), null);
    assert.equal(call('URL_EXTRACT_HOST', 'http://[::1]:8080/x'), '[::1]');
    assert.equal(call('URL_EXTRACT_PATH', 'https://docs.confluent.io'), '');
    assert.equal(call('URL_EXTRACT_HOST', 'https:///current/ksql'), null);
    assert.equal(call('URL_EXTRACT_PARAMETER', 'https://docs.confluent.io?foo%20bar=baz&blank#x', 'foo Bar'), null);
  });

  it('encodes and decodes form parameters', () => {
    assert.equal(call('URL_ENCODE_PARAM', 'url encoded/é'), 'url+encoded%2F%C3%A9');
    assert.equal(call('URL_ENCODE_PARAM', '?foo $bar'), '%3Ffoo+%24bar');
    assert.equal(call('URL_ENCODE_PARAM', 'foo.-*_bar'), 'foo.-*_bar');
    assert.equal(call('URL_DECODE_PARAM', 'url%20encoded+too'), 'url encoded too');
    assert.equal(call('URL_DECODE_PARAM', '%zz'), null);
  });
});

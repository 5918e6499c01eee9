import assert from 'node:assert/strict';
import { createRegistry } from '../../../src/sql/functions';
import { registerKsqlTestUdfs } from '../qtt/test-udfs';

describe('sql functions: user-defined functions', () => {
  it('the built-in loader registers every family and no example UDF', () => {
    const r = createRegistry();
    for (const name of [
      'UCASE',
      'REGEXP_REPLACE',
      'FORMAT_TIMESTAMP',
      'ARRAY_SORT',
      'JSON_KEYS',
      'MAP_UNION',
      'COALESCE',
      'URL_EXTRACT_HOST',
      'TO_BYTES',
    ]) {
      assert.ok(r.hasScalar(name), name);
    }
    for (const name of ['COUNT', 'SUM', 'TOPK', 'LATEST_BY_OFFSET', 'COUNT_DISTINCT'])
      assert.ok(r.isAggregate(name), name);
    assert.equal(r.hasScalar('BAD_UDF'), false);
    assert.ok(r.scalarNames().length >= 120, String(r.scalarNames().length));
  });

  it('registers ksqlDB test UDFs as user functions (struct-udfs.json TOSTRUCT, group-by.json BAD_UDF)', () => {
    const r = registerKsqlTestUdfs(createRegistry());
    const toStruct = r.resolveScalar('TOSTRUCT', [{ base: 'STRING' }], { literals: [undefined], config: {} });
    assert.deepEqual(toStruct.returnType, { base: 'STRUCT', fields: [{ name: 'A', type: { base: 'STRING' } }] });
    assert.deepEqual(toStruct.overload.impl!('a'), { A: 'a' });
    const bad = r.resolveScalar('BAD_UDF', [{ base: 'INTEGER' }], { literals: [undefined], config: {} });
    assert.throws(() => bad.overload.impl!(1), /boom!/);
    const when = r.resolveScalar('WHENRESULT', [{ base: 'INTEGER' }, { base: 'BOOLEAN' }], {
      literals: [],
      config: {},
    });
    assert.equal(when.overload.impl!(100, true), 100);
    assert.throws(() => when.overload.impl!(200, false), /not running lazily/);
  });
});

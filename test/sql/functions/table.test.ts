import assert from 'node:assert/strict';
import { FunctionRegistry } from '../../../src/sql/functions/registry';
import { cube, tableFunctions } from '../../../src/sql/functions/table';
import { T } from '../../../src/sql/types';

describe('sql functions: table functions', () => {
  // Table functions use the scalar contract; a registry of their own resolves them.
  const registry = new FunctionRegistry();
  for (const f of tableFunctions) registry.registerScalar(f);

  it('EXPLODE yields the elements, none for NULL, typed as the element', () => {
    const r = registry.resolveScalar('EXPLODE', [T.array(T.INTEGER)], { literals: [undefined], config: {} });
    assert.deepEqual(r.returnType, T.INTEGER);
    assert.deepEqual(r.overload.impl!([23, 56, 3]), [23, 56, 3]);
    assert.deepEqual(r.overload.impl!(null), []);
  });

  it('CUBE_EXPLODE yields every combination, skipping NULL duplicates (docs example)', () => {
    assert.deepEqual(cube([1, 2]), [
      [null, null],
      [null, 2],
      [1, null],
      [1, 2],
    ]);
    assert.deepEqual(cube([1, null]), [
      [null, null],
      [1, null],
    ]);
    assert.deepEqual(cube(null), []);
    assert.throws(() => cube(new Array(21).fill(1)), /too many columns \(21\); max is 20/);
    const r = registry.resolveScalar('CUBE_EXPLODE', [T.array(T.STRING)], { literals: [undefined], config: {} });
    assert.deepEqual(r.returnType, T.array(T.STRING));
  });
});

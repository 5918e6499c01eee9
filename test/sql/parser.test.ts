import assert from 'node:assert/strict';
import { ParseError } from '../../src/sql/parser/lexer';
import { parseExpression, parseStatements } from '../../src/sql/parser/parser';
import { formatExpr } from '../../src/sql/expr/format';
import { formatType } from '../../src/sql/types';

describe('sql parser', () => {
  it('parses CREATE STREAM with keys, types and properties', () => {
    const [st] = parseStatements(
      "CREATE STREAM s (id INT KEY, `Name` VARCHAR, tags ARRAY<STRING>, m MAP<STRING, DECIMAL(4,2)>, p STRUCT<a INT, b STRUCT<c BOOLEAN>>) WITH (kafka_topic='t', value_format='JSON', partitions=2);",
    );
    assert.equal(st.k, 'createSource');
    if (st.k !== 'createSource') return;
    assert.equal(st.kind, 'STREAM');
    assert.equal(st.name, 'S');
    assert.deepEqual(
      st.elements?.map((e) => [e.name, formatType(e.type), e.key]),
      [
        ['ID', 'INTEGER', true],
        ['Name', 'STRING', false],
        ['TAGS', 'ARRAY<STRING>', false],
        ['M', 'MAP<STRING, DECIMAL(4, 2)>', false],
        ['P', 'STRUCT<`A` INTEGER, `B` STRUCT<`C` BOOLEAN>>', false],
      ],
    );
    assert.equal(st.props.get('KAFKA_TOPIC')?.value, 't');
    assert.equal(st.props.get('PARTITIONS')?.value, 2);
  });

  it('parses CSAS with joins, windows, group by, having and emit', () => {
    const [st] = parseStatements(
      'CREATE TABLE o AS SELECT l.id, COUNT(*) AS c FROM l JOIN r WITHIN (1 SECOND, 2 MINUTES) GRACE PERIOD 3 SECONDS ON l.id = r.id WINDOW HOPPING (SIZE 10 SECONDS, ADVANCE BY 5 SECONDS) WHERE l.x > 1 GROUP BY l.id HAVING COUNT(*) > 1 EMIT FINAL;',
    );
    assert.equal(st.k, 'createAs');
    if (st.k !== 'createAs') return;
    const s = st.select;
    assert.equal(s.joins[0].within?.before.ms, 1000);
    assert.equal(s.joins[0].within?.after.ms, 120000);
    assert.equal(s.joins[0].within?.grace?.ms, 3000);
    assert.equal(s.window?.type, 'HOPPING');
    assert.equal(s.window?.advance?.ms, 5000);
    assert.equal(s.emit, 'FINAL');
    assert.equal(s.groupBy?.length, 1);
  });

  it('keeps operator precedence and formats expressions like ksqlDB', () => {
    assert.equal(formatExpr(parseExpression('a + b * c - d')), '((A + (B * C)) - D)');
    assert.equal(formatExpr(parseExpression('NOT a = 1 AND b OR c')), '(((NOT (A = 1)) AND B) OR C)');
    assert.equal(formatExpr(parseExpression("s->f['k'][1]")), "S->F['k'][1]");
    assert.equal(formatExpr(parseExpression('x NOT BETWEEN 1 AND 2')), '(X NOT BETWEEN 1 AND 2)');
    assert.equal(
      formatExpr(parseExpression("CASE WHEN a THEN 'x' ELSE 'y' END")),
      "(CASE WHEN A THEN 'x' ELSE 'y' END)",
    );
  });

  it('types numeric literals like ksqlDB', () => {
    const lit = (t: string) => {
      const e = parseExpression(t);
      return e.k === 'lit' ? formatType(e.type) : e.k;
    };
    assert.equal(lit('1'), 'INTEGER');
    assert.equal(lit('2147483648'), 'BIGINT');
    assert.equal(lit('1.50'), 'DECIMAL(3, 2)');
    assert.equal(lit('1.5E2'), 'DOUBLE');
    assert.equal(lit('-2147483648'), 'INTEGER');
  });

  it('reports syntax errors with line and column', () => {
    assert.throws(
      () =>
        parseStatements(
          "CREATE STREAM a (x INT) WITH (kafka_topic='t');\nCREATE STREAM o AS SELECT cast(x as NULL) FROM a;",
        ),
      (e: unknown) =>
        e instanceof ParseError && e.line === 2 && /Syntax error at or near 'NULL' at line 2:37/.test(e.message),
    );
    assert.throws(() => parseStatements('SELECT * FROM t WHERE x IN ();'), /Syntax Error/);
  });
});

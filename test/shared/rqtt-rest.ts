/**
 * Runs the REST query-translation cases (../shared/ksql-tests/rqtt) over HTTP: for each case a fresh Brook
 * (the cases reuse topic and stream names) with the SQL REST server in front of it, driven by
 * test/sql/qtt/rest.ts. Used by qtt.test.ts's rqtt ratchet; `npx tsx test/shared/rqtt-rest.ts [--verbose]`
 * prints the pass count per file and each failure.
 */
import { runDirectory } from '../sql/qtt/main';
import { registerKsqlTestUdfs } from '../sql/qtt/test-udfs';
import { runRestVariant } from '../sql/qtt/rest';
import { startSqlService } from '../../src/sql/rest';
import { startBroker } from '../../src/testing';
import { sharedPath } from './paths';

export async function runRqttOverRest(filter?: string) {
  return runDirectory(sharedPath('ksql-tests', 'rqtt'), filter, async (variant) => {
    const broker = await startBroker();
    const service = await startSqlService({ bootstrap: [broker.bootstrap], host: '127.0.0.1', port: 0 });
    registerKsqlTestUdfs(service.engine.functions);
    try {
      return await runRestVariant(variant, { url: service.url, bootstrap: broker.bootstrap, engine: service.engine });
    } finally {
      await service.stop();
      await broker.stop();
    }
  });
}

if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  void runRqttOverRest(process.argv.find((a, i) => i > 1 && !a.startsWith('--'))).then((results) => {
    for (const r of results) {
      console.log(`${r.file}: ${r.passed}/${r.total}`);
      if (verbose) for (const f of r.failures) console.log(`  - ${f.name}: ${f.reason.slice(0, 400)}`);
    }
    const passed = results.reduce((a, r) => a + r.passed, 0);
    const total = results.reduce((a, r) => a + r.total, 0);
    console.log(`RQTT over REST total: ${passed}/${total} cases passed`);
  });
}

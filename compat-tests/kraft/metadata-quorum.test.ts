/**
 * Kafka's own `kafka-metadata-quorum` (org.apache.kafka.tools.MetadataQuorumCommand, kafka-tools 4.4) against
 * three `brook serve` controllers (process.roles=broker,controller, controller.quorum.voters, a CONTROLLER
 * listener): `--bootstrap-controller ... describe --status` names the leader, its epoch, the high watermark and
 * the three voters with their endpoints; `describe --replication` one row per voter with its log end and lag.
 * The tool goes through the Admin client (DescribeCluster with endpointType CONTROLLER, then DescribeQuorum
 * v2 to the active controller), so this is the path Kafka users take.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { BrookProcess, freePort } from '../lib/broker';
import { javaUnavailable, kafkaClasspath, QUIET_LOG, SMALL_JVM } from '../lib/kafka-jars';

const TOOL = 'org.apache.kafka.tools.MetadataQuorumCommand';

function metadataQuorum(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'java',
      [...SMALL_JVM, ...QUIET_LOG, '-cp', kafkaClasspath(), TOOL, ...args],
      { timeout: 120000, maxBuffer: 4 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

function field(text: string, name: string): string {
  const m = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text);
  if (!m) throw new Error(`${name} not in kafka-metadata-quorum's output:\n${text}`);
  return m[1]!.trim();
}

const missing = javaUnavailable();
if (missing) {
  describe('compat-tests: kafka-metadata-quorum on 3 brook serve controllers', () => {
    it(`not run: ${missing}`, function () {
      this.skip();
    });
  });
} else {
  describe('compat-tests: kafka-metadata-quorum on 3 brook serve controllers', function () {
    this.timeout(180000);
    let nodes: BrookProcess[] = [];
    let controllerPorts: number[] = [];

    before(async function () {
      this.timeout(300000);
      kafkaClasspath(); // resolves the jars once, outside the cases' time
      controllerPorts = [await freePort(), await freePort(), await freePort()];
      const voters = controllerPorts.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
      nodes = await Promise.all(
        controllerPorts.map(async (controllerPort, i) => {
          const port = await freePort();
          return BrookProcess.start({
            port,
            config: {
              'node.id': i + 1,
              'sql.listeners': '',
              listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
              'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
              'controller.listener.names': 'CONTROLLER',
              'controller.quorum.voters': voters,
              'controller.quorum.election.timeout.ms': 300,
              'controller.quorum.fetch.timeout.ms': 600,
            },
          });
        }),
      );
    });

    after(async () => {
      for (const n of nodes) await n.destroy();
    });

    it('describe --status names the leader, its epoch, the high watermark and the three voters', async () => {
      const bootstrap = controllerPorts.map((p) => `127.0.0.1:${p}`).join(',');
      let run = await metadataQuorum(['--bootstrap-controller', bootstrap, 'describe', '--status']);
      // Right after start the election may still run (no leader yet: the tool fails); ask again once.
      for (let i = 0; i < 5 && (run.code !== 0 || field(run.stdout, 'HighWatermark') === '-1'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        run = await metadataQuorum(['--bootstrap-controller', bootstrap, 'describe', '--status']);
      }
      assert.equal(run.code, 0, `kafka-metadata-quorum exited ${run.code}:\n${run.stdout}\n${run.stderr.slice(-2000)}`);
      console.log(run.stdout.replace(/^/gm, '      '));
      const leader = Number(field(run.stdout, 'LeaderId'));
      assert.ok([1, 2, 3].includes(leader), `LeaderId ${leader}`);
      assert.ok(Number(field(run.stdout, 'LeaderEpoch')) >= 1);
      assert.ok(Number(field(run.stdout, 'HighWatermark')) >= 1);
      const voters = field(run.stdout, 'CurrentVoters');
      for (const [i, p] of controllerPorts.entries()) {
        assert.ok(voters.includes(`"id": ${i + 1}`) && voters.includes(`CONTROLLER://127.0.0.1:${p}`), voters);
      }
    });

    it('describe --replication lists every voter with its log end, lag and role', async () => {
      const run = await metadataQuorum([
        '--bootstrap-controller',
        `127.0.0.1:${controllerPorts[1]}`,
        'describe',
        '--replication',
      ]);
      assert.equal(run.code, 0, `kafka-metadata-quorum exited ${run.code}:\n${run.stdout}\n${run.stderr.slice(-2000)}`);
      console.log(run.stdout.replace(/^/gm, '      '));
      const rows = run.stdout.split('\n').filter((l) => /^\d+\s/.test(l));
      assert.equal(rows.length, 3, run.stdout);
      assert.equal(rows.filter((r) => /\sLeader\s*$/.test(r)).length, 1);
      assert.equal(rows.filter((r) => /\sFollower\s*$/.test(r)).length, 2);
    });
  });
}

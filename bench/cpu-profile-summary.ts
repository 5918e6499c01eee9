/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`) as the functions with the most self time, in percent of the
 * busy (non-idle) samples; with `--callers NAME`, the call chains that lead to NAME. For finding a broker's
 * hot spots under the bench's load:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/brook.js serve --port 9092 --data-dir /tmp/d   (then load it)
 *   npx tsx bench/cpu-profile-summary.ts /tmp/prof/CPU.*.cpuprofile 25 [--callers writeBuffer]
 * On a loaded machine, time a process spends descheduled inside a system call is sampled as that call: the
 * shares of writeBuffer, read and fsync read high there.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText, flag, callersOf] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: cpu-profile-summary.ts FILE.cpuprofile [TOP] [--callers FUNCTION]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: ProfileNode) => {
  const where = n.callFrame.url.replace(/^.*\/(src|storage|protocol|replication|bench|node_modules)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${where.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
};

const selfByNode = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const selfByFunction = new Map<string, number>();
for (const [id, us] of selfByNode) {
  const key = label(byId.get(id)!);
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + us);
}
const total = [...selfByNode.values()].reduce((a, b) => a + b, 0);
const idle = [...selfByFunction].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, us]) => a + us, 0);
const busy = total - idle;
const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;

console.log(`${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy; percent of busy:`);
const top = [...selfByFunction].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
for (const [key, us] of top.slice(0, Number(topText ?? 25))) console.log(`${pct(us)}  ${key}`);

if (flag === '--callers' && callersOf) {
  const chains = new Map<string, number>();
  for (const [id, us] of selfByNode) {
    if (byId.get(id)!.callFrame.functionName !== callersOf) continue;
    const names: string[] = [];
    for (let at = parent.get(id), depth = 0; at !== undefined && depth < 7; at = parent.get(at), depth++) {
      names.push(label(byId.get(at)!));
    }
    const chain = names.join(' < ');
    chains.set(chain, (chains.get(chain) ?? 0) + us);
  }
  console.log(`\ncallers of ${callersOf}:`);
  for (const [chain, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${pct(us)}  ${chain}`);
}

/**
 * `brook user list|describe|create|delete`: SCRAM users, what `kafka-configs --entity-type users` does with
 * SCRAM-SHA-256=[...] / SCRAM-SHA-512=[...], through DescribeUserScramCredentials and AlterUserScramCredentials. The
 * password never travels: the salted password (RFC 5802's Hi) is computed here, as Kafka's Admin client does.
 */
import { randomBytes } from 'node:crypto';
import type { AlterUserScramCredentialsResponse } from '../../protocol/generated/alter-user-scram-credentials';
import type { DescribeUserScramCredentialsResponse } from '../../protocol/generated/describe-user-scram-credentials';
import { SCRAM_MECHANISMS, saltedPassword, scramMechanismByName, scramMechanismByType } from '../security/scram';
import { clientSecurity, SECURITY_OPTIONS, SECURITY_OPTIONS_HELP } from './client/login';
import {
  COMMON_OPTIONS_HELP,
  int,
  parseCommand,
  type Parsed,
  printJson,
  runCommand,
  str,
  table,
  UsageError,
  usageExit,
} from './client/options';
import { API, check, type Session, withSession } from './client/session';

export const USER_USAGE = `Usage: brook user <action> [options]     (kafka-configs --entity-type users, SCRAM)

  brook user list                          every SCRAM user with its mechanisms and iterations
  brook user describe USER...              the named users (exit 1 if one has no credential)
  brook user create USER --password PW [--mechanism M] [--iterations N]
                                           adds or replaces the user's credential for M (alias: set)
  brook user delete USER... [--mechanism M]  removes M's credential (default: every mechanism the user has)

  --mechanism M     SCRAM-SHA-256 (default) or SCRAM-SHA-512
  --iterations N    4096 (default) to 16384
  --password PW     the new password (or $BROOK_USER_PASSWORD, which stays out of the process list)

The caller needs ALTER (create, delete) or DESCRIBE (list, describe) on the cluster when the broker has an
authorizer.

${SECURITY_OPTIONS_HELP}
${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  mechanism: { type: 'string' },
  iterations: { type: 'string' },
  password: { type: 'string' },
  ...SECURITY_OPTIONS,
} as const;

export function userCommand(argv: string[]): Promise<number> {
  return runCommand('user', USER_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    const [action, ...names] = parsed.positionals;
    const exit = usageExit(parsed, USER_USAGE, action);
    if (exit !== null) return exit;
    const run = (body: (s: Session) => Promise<number>) => withSession(parsed.bootstrap, body, clientSecurity(parsed));
    switch (action) {
      case 'list':
      case 'ls':
        return run((s) => describe(s, parsed, null));
      case 'describe':
        if (names.length === 0) throw new UsageError('describe needs at least one USER');
        return run((s) => describe(s, parsed, names));
      case 'create':
      case 'set':
        return run((s) => create(s, parsed, names));
      case 'delete':
      case 'remove':
        if (names.length === 0) throw new UsageError('delete needs at least one USER');
        return run((s) => remove(s, parsed, names));
      default:
        throw new UsageError(`unknown action "${action}"`);
    }
  });
}

function mechanismOption(parsed: Parsed) {
  const name = str(parsed, 'mechanism');
  if (name === undefined) return undefined;
  const m = scramMechanismByName(name.toUpperCase());
  if (!m)
    throw new UsageError(`--mechanism must be ${SCRAM_MECHANISMS.map((x) => x.name).join(' or ')}, got "${name}"`);
  return m;
}

interface UserRow {
  user: string;
  credentials: { mechanism: string; iterations: number }[];
}

async function describeUsers(session: Session, names: string[] | null): Promise<UserRow[]> {
  const response = await session.send<DescribeUserScramCredentialsResponse>(API.DescribeUserScramCredentials, {
    users: names?.map((name) => ({ name })) ?? null,
  });
  check(response.errorCode, 'describe users', response.errorMessage);
  return response.results.map((r) => {
    check(r.errorCode, `user ${r.user}`, r.errorMessage);
    return {
      user: r.user,
      credentials: r.credentialInfos.map((c) => ({
        mechanism: scramMechanismByType(c.mechanism)?.name ?? `UNKNOWN(${c.mechanism})`,
        iterations: c.iterations,
      })),
    };
  });
}

async function describe(session: Session, parsed: Parsed, names: string[] | null): Promise<number> {
  const rows = (await describeUsers(session, names)).sort((a, b) => a.user.localeCompare(b.user));
  if (parsed.json) printJson(rows);
  else {
    const cells = rows.flatMap((r) => r.credentials.map((c) => [r.user, c.mechanism, String(c.iterations)]));
    process.stdout.write(`${table(['USER', 'MECHANISM', 'ITERATIONS'], cells)}\n`);
  }
  return 0;
}

async function create(session: Session, parsed: Parsed, names: string[]): Promise<number> {
  if (names.length !== 1) throw new UsageError('create takes one USER');
  const user = names[0]!;
  const password = str(parsed, 'password') ?? process.env.BROOK_USER_PASSWORD;
  if (password === undefined || password === '') {
    throw new UsageError('create needs --password (or $BROOK_USER_PASSWORD)');
  }
  const m = mechanismOption(parsed) ?? SCRAM_MECHANISMS[0]!;
  const iterations = int(str(parsed, 'iterations'), '--iterations', 1) ?? 4096;
  const salt = randomBytes(32);
  const response = await session.send<AlterUserScramCredentialsResponse>(API.AlterUserScramCredentials, {
    deletions: [],
    upsertions: [
      {
        name: user,
        mechanism: m.type,
        iterations,
        salt,
        saltedPassword: saltedPassword(m, password, salt, iterations),
      },
    ],
  });
  for (const r of response.results) check(r.errorCode, `create user ${r.user}`, r.errorMessage);
  if (parsed.json) printJson({ user, mechanism: m.name, iterations });
  else process.stdout.write(`Set ${m.name} credential of user ${user} (${iterations} iterations)\n`);
  return 0;
}

async function remove(session: Session, parsed: Parsed, names: string[]): Promise<number> {
  const only = mechanismOption(parsed);
  const wanted: { user: string; mechanisms: string[] }[] = only
    ? names.map((user) => ({ user, mechanisms: [only.name] }))
    : (await describeUsers(session, names)).map((r) => ({
        user: r.user,
        mechanisms: r.credentials.map((c) => c.mechanism),
      }));
  // Kafka refuses a user altered twice in one request (DUPLICATE_RESOURCE): one mechanism per user and round.
  const deleted: { user: string; mechanism: string }[] = [];
  for (let round = 0; wanted.some((w) => w.mechanisms.length > round); round++) {
    const deletions = wanted
      .filter((w) => w.mechanisms.length > round)
      .map((w) => ({ name: w.user, mechanism: scramMechanismByName(w.mechanisms[round]!)!.type }));
    const response = await session.send<AlterUserScramCredentialsResponse>(API.AlterUserScramCredentials, {
      deletions,
      upsertions: [],
    });
    for (const r of response.results) check(r.errorCode, `delete user ${r.user}`, r.errorMessage);
    for (const d of deletions) deleted.push({ user: d.name, mechanism: scramMechanismByType(d.mechanism)!.name });
  }
  if (parsed.json) printJson(deleted);
  else for (const d of deleted) process.stdout.write(`Deleted ${d.mechanism} credential of user ${d.user}\n`);
  return 0;
}

/**
 * Starts Brook as a user would: `node bin/brook.js serve --port P --data-dir D` (the CLI contract of DESIGN.md),
 * as a child process, so the compat run reaches the product only through its CLI and its port. Restarting keeps
 * the port and the data directory (the restart scenario).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
const brookBin = join(repoRoot, 'bin', 'brook.js');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

export class BrookProcess {
  private child: ChildProcess | undefined;
  private output = '';
  readonly dataDir: string;
  private constructor(
    readonly port: number,
    private readonly ownsDataDir: boolean,
    dataDir: string,
    private readonly config: Record<string, string | number> = {},
  ) {
    this.dataDir = dataDir;
  }

  get bootstrap(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Last lines the broker printed (for failure messages). */
  tail(lines = 30): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }

  /** `config`: broker keys (Kafka names) passed as `--set key=value`. */
  static async start(
    options: { port?: number; dataDir?: string; config?: Record<string, string | number> } = {},
  ): Promise<BrookProcess> {
    if (!existsSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js'))) {
      throw new Error('dist/ is missing: run `npm run build` before the compat tests');
    }
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'brook-compat-'));
    const broker = new BrookProcess(options.port ?? (await freePort()), !options.dataDir, dataDir, options.config);
    await broker.launch();
    return broker;
  }

  private async launch(): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        brookBin,
        'serve',
        '--host',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--data-dir',
        this.dataDir,
        ...Object.entries(this.config).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } },
    );
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-20000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const deadline = Date.now() + 20000;
    while (Date.now() < deadline) {
      const state = await Promise.race([exited.then((code) => ({ code })), new Promise((r) => setTimeout(r, 100))]);
      if (state && typeof state === 'object' && 'code' in state) {
        throw new Error(`brook serve exited with code ${state.code} before accepting connections:\n${this.tail()}`);
      }
      if (await canConnect(this.port)) return;
    }
    child.kill('SIGKILL');
    throw new Error(`brook serve did not accept connections on ${this.port} within 20 s:\n${this.tail()}`);
  }

  /** SIGTERM and wait for the exit (the CLI flushes then exits 0); SIGKILL after 15 s. */
  async stop(): Promise<number | null> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  /** SIGKILL and wait for the exit, without starting again (restart() does). */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  /** Stop, then start again on the same port and data directory (after stop() or kill(): start again). */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** SIGKILL (nothing flushed, no shutdown), then start again on the same port and data directory. */
  async crash(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await exited;
    }
    await this.launch();
  }

  async destroy(): Promise<void> {
    await this.stop();
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

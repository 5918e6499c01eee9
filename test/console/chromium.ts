/**
 * Headless Chromium (Debian's `chromium` package; no browser download from npm) driven over the DevTools
 * protocol on a pipe (`--remote-debugging-pipe`: JSON messages separated by NUL bytes on fds 3 and 4): one
 * browser for a whole test file, one tab, each page loaded, waited for until a condition holds, its DOM
 * read and a screenshot written.
 *
 * Why not `--screenshot` / `--dump-dom` on the command line: they take the page when Chromium's virtual-time
 * budget runs out, which does not wait for a streaming response (the SQL editor's push query) and took 1-2 s
 * per page; here the test says what "ready" means and a page costs a navigation.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** Why Chromium cannot run here, or null. */
export function chromiumProblem(): string | null {
  const probe = spawnSync('chromium', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) return 'chromium not installed';
  return null;
}

export class Browser {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private session = '';

  private constructor(private readonly child: ChildProcess) {
    let buffer = '';
    (child.stdio[4] as Readable).on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
        const message = JSON.parse(buffer.slice(0, end)) as {
          id?: number;
          result?: unknown;
          error?: { message: string };
        };
        buffer = buffer.slice(end + 1);
        const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiter) continue; // an event
        this.pending.delete(message.id!);
        if (message.error) waiter.reject(new Error(message.error.message));
        else waiter.resolve(message.result);
      }
    });
  }

  static async launch(profileDir: string): Promise<Browser> {
    const child = spawn(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profileDir}`,
        '--window-size=1280,900',
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const browser = new Browser(child);
    try {
      const { targetId } = (await browser.send('Target.createTarget', { url: 'about:blank' })) as {
        targetId: string;
      };
      const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      browser.session = sessionId;
      // the viewport itself 1280x900 (the window's size would leave less to the page)
      await browser.send(
        'Emulation.setDeviceMetricsOverride',
        { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      return browser;
    } catch (error) {
      // a Chromium left running would keep the test process from ever exiting
      child.kill('SIGKILL');
      throw error;
    }
  }

  /** One DevTools call; refused after `timeoutMs` (an unanswered call must not wait forever). */
  private send(method: string, params: object = {}, sessionId?: string, timeoutMs = 15_000): Promise<unknown> {
    const id = ++this.nextId;
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Chromium did not answer ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  private async evaluate<T>(expression: string): Promise<T> {
    const answer = (await this.send('Runtime.evaluate', { expression, returnByValue: true }, this.session)) as {
      result: { value: T };
    };
    return answer.result.value;
  }

  /**
   * Loads `url`, waits until `ready` (a JavaScript expression) is true, writes a PNG screenshot to
   * `screenshot` and answers the page's HTML. Times out after `timeoutMs` with the HTML it had.
   */
  async open(url: string, ready: string, screenshot: string, timeoutMs = 10_000): Promise<string> {
    // the page before is marked: its `ready` must not count for the new one
    await this.evaluate('window.previousPage = true');
    await this.send('Page.navigate', { url }, this.session);
    return this.settle(`!window.previousPage && (${ready})`, screenshot, timeoutMs);
  }

  /** Runs `script` in the page (fill a form, click), then waits for `ready` as `open` does. */
  async act(script: string, ready: string, screenshot: string, timeoutMs = 10_000): Promise<string> {
    await this.evaluate(`(() => { ${script} })()`);
    return this.settle(ready, screenshot, timeoutMs);
  }

  private async settle(ready: string, screenshot: string, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(`!!(${ready})`))) {
      if (Date.now() > deadline) {
        const html = await this.evaluate<string>('document.documentElement.outerHTML');
        throw new Error(`not ready (${ready}) after ${timeoutMs} ms:\n${html}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' }, this.session)) as { data: string };
    writeFileSync(screenshot, Buffer.from(data, 'base64'));
    return this.evaluate<string>('document.documentElement.outerHTML');
  }

  /** Closes Chromium, killing it when it does not exit within a few seconds of being asked. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    await this.send('Browser.close', {}, undefined, 5_000).catch(() => {});
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  }
}

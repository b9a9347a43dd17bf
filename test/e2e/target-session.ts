import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface ProtocolReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

interface EvaluateReply {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

interface LogEntry {
  source: string;
  level: string;
  text: string;
  url?: string;
}

/** A Content Security Policy violation as Chromium logs it. */
export function isCspViolation(text: string): boolean {
  return /Content Security Policy/i.test(text);
}

interface LayoutMetrics {
  cssContentSize: { width: number; height: number };
}

/**
 * A DevTools session with a target Playwright does not list (the action popup), attached through
 * the browser session with `Target.attachToTarget({ flatten: false })`.
 */
export class TargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** What the target's page refused under its Content Security Policy (see `watchCsp`). */
  readonly cspViolations: string[] = [];

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
    readonly targetId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId === this.sessionId) this.receive(event.message);
    });
  }

  static async attach(browserSession: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(browserSession, sessionId, targetId);
  }

  /**
   * Collects the page's Content Security Policy violations from its log; enabling the log hands
   * over what was logged before, so nothing the page refused while it started is missed.
   */
  async watchCsp(): Promise<void> {
    await this.send('Log.enable');
  }

  private receive(raw: string): void {
    const reply = JSON.parse(raw) as ProtocolReply & { method?: string; params?: { entry?: LogEntry } };
    const entry = reply.method === 'Log.entryAdded' ? reply.params?.entry : undefined;
    if (entry && isCspViolation(entry.text)) this.cspViolations.push(`${entry.text} (${entry.url ?? 'the page'})`);
    const waiting = reply.id === undefined ? undefined : this.pending.get(reply.id);
    if (reply.id === undefined || waiting === undefined) return;
    this.pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  }

  async send(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    await this.browserSession.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  }

  /** Evaluates an expression in the target's page and returns its JSON value. */
  async evaluate(expression: string): Promise<unknown> {
    const reply = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as EvaluateReply;
    if (reply.exceptionDetails) {
      throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    }
    return reply.result.value;
  }

  /** Polls an expression until it is truthy and returns that value. */
  async waitFor(expression: string, timeoutMs = 20_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate(expression);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${expression}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Writes a PNG of what the target shows; `fullPage` takes its whole scrollable height. */
  async screenshot(file: string, { fullPage = false } = {}): Promise<void> {
    const params: Record<string, unknown> = { format: 'png' };
    if (fullPage) {
      const { cssContentSize } = (await this.send('Page.getLayoutMetrics')) as LayoutMetrics;
      params.captureBeyondViewport = true;
      params.clip = { x: 0, y: 0, width: cssContentSize.width, height: cssContentSize.height, scale: 1 };
    }
    const { data } = (await this.send('Page.captureScreenshot', params)) as { data: string };
    writeFileSync(file, Buffer.from(data, 'base64'));
  }

  /** Closes the target (for the popup: as if the reader clicked elsewhere). */
  async close(): Promise<void> {
    await this.browserSession.send('Target.closeTarget', { targetId: this.targetId });
  }
}

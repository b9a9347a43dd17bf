/** A minimal WebDriver BiDi client over the WebSocket Firefox opens (Node's global WebSocket). */
interface BidiReply {
  id?: number;
  type: 'success' | 'error' | 'event';
  result?: unknown;
  error?: string;
  message?: string;
}

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: BidiReply) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const reply = JSON.parse(String(event.data)) as BidiReply;
      const waiting = reply.id === undefined ? undefined : this.pending.get(reply.id);
      if (reply.id === undefined || waiting === undefined) return;
      this.pending.delete(reply.id);
      waiting(reply);
    });
  }

  static async connect(url: string): Promise<BidiClient> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => { resolve(); });
      socket.addEventListener('error', () => { reject(new Error(`Could not connect to ${url}`)); });
    });
    return new BidiClient(socket);
  }

  async send(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const reply = await new Promise<BidiReply>((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
    if (reply.type === 'error') throw new Error(`${method}: ${reply.error ?? ''} ${reply.message ?? ''}`);
    return reply.result;
  }

  /** Evaluates an expression in a browsing context (a tab, or the browser window with chrome scope). */
  async evaluate(context: string, expression: string): Promise<unknown> {
    const reply = (await this.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
      serializationOptions: { maxObjectDepth: 4 },
    })) as { type: string; result?: unknown; exceptionDetails?: { text: string } };
    if (reply.type === 'exception') throw new Error(reply.exceptionDetails?.text ?? 'Evaluation failed');
    return deserialize(reply.result);
  }

  close(): void {
    this.socket.close();
  }
}

interface RemoteValue {
  type: string;
  value?: unknown;
}

/** Turns a BiDi remote value (strings, numbers, booleans, null, arrays, objects) into plain JSON. */
function deserialize(remote: unknown): unknown {
  const { type, value } = remote as RemoteValue;
  if (type === 'null' || type === 'undefined') return null;
  if (type === 'array') return (value as unknown[]).map(deserialize);
  if (type === 'object') {
    return Object.fromEntries((value as [string, unknown][]).map(([key, item]) => [key, deserialize(item)]));
  }
  return value;
}

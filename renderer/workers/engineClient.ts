// The page's side of the engine worker protocol: numbers requests, remembers the newest document
// version asked for, and drops any analysis computed for older text (it would put markers on lines
// that moved). Transport-agnostic so tests can drive it without a real Worker. DOM only.
import { PROTOCOL_VERSION, type AnalyzeInput, type EngineRequest, type EngineResponse, type Snapshot } from './protocol';

export interface EngineClientEvents {
  onSnapshot(snapshot: Snapshot, docVersion: number): void;
  onError(message: string): void;
}

export class EngineClient {
  private seq = 0;
  private latestDocVersion = -1;
  private droppedCount = 0;
  /** Seq of the analysis the worker is computing, if any. */
  private inFlight: number | null = null;
  /** The newest analysis asked for while one was in flight: sent when that one returns. */
  private pending: { docVersion: number; input: AnalyzeInput } | null = null;

  constructor(
    private readonly post: (request: EngineRequest) => void,
    private readonly events: EngineClientEvents,
  ) {}

  /** Asks for an analysis of the text at `docVersion`; results for any older version will be dropped. */
  analyze(docVersion: number, input: AnalyzeInput): void {
    this.latestDocVersion = Math.max(this.latestDocVersion, docVersion);
    // One analysis at a time: while the worker is busy, keep only the newest request (older text
    // would be dropped on arrival anyway, so computing it is wasted work).
    if (this.inFlight !== null) {
      this.pending = { docVersion, input };
      return;
    }
    this.inFlight = ++this.seq;
    this.post({ protocol: PROTOCOL_VERSION, type: 'analyze', seq: this.inFlight, docVersion, input });
  }

  private next(seq: number): void {
    if (seq !== this.inFlight) return;
    this.inFlight = null;
    const pending = this.pending;
    this.pending = null;
    if (pending) this.analyze(pending.docVersion, pending.input);
  }

  /** Pins the cache baseline (null clears it). */
  setBaseline(input: AnalyzeInput | null): void {
    this.post({ protocol: PROTOCOL_VERSION, type: 'setBaseline', seq: ++this.seq, input });
  }

  /** How many stale analyses were dropped (shown in the bench, useful in tests). */
  get dropped(): number {
    return this.droppedCount;
  }

  receive(response: EngineResponse): void {
    if (response.protocol !== PROTOCOL_VERSION) {
      this.events.onError(`the engine worker speaks protocol ${response.protocol}, the page ${PROTOCOL_VERSION}: reload the page`);
      return;
    }
    if (response.type !== 'ack') this.next(response.seq);
    switch (response.type) {
      case 'analysis':
        if (response.docVersion < this.latestDocVersion) {
          this.droppedCount++;
          return;
        }
        this.events.onSnapshot(response.snapshot, response.docVersion);
        return;
      case 'error':
        this.events.onError(response.message);
        return;
      case 'ack':
        return;
    }
  }
}

/** Starts the real worker (bundled by Vite) and wires it to a client. */
export function startEngineWorker(events: EngineClientEvents): { client: EngineClient; terminate(): void } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'drydock-engine' });
  const client = new EngineClient((req) => worker.postMessage(req), events);
  worker.onmessage = (e: MessageEvent<EngineResponse>) => client.receive(e.data);
  worker.onerror = (e) => events.onError(`engine worker failed: ${e.message}`);
  return { client, terminate: () => worker.terminate() };
}

/**
 * Per-host politeness: at most `maxPerHost` requests in flight to one host,
 * and request starts spaced by at least the host's delay. Hosts are
 * independent, so a slow site never delays another.
 *
 * Start times are reserved in arrival order (each caller books the next free
 * slot before it sleeps), which keeps the spacing exact under concurrency.
 */
import { sleep } from '../timing.ts';

interface HostState {
  active: number;
  /** Earliest time the next request to this host may start. */
  nextStart: number;
  readonly waiting: (() => void)[];
}

export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly maxPerHost: number,
    private readonly defaultDelayMs: number,
  ) {}

  /** Runs `task` when `host` has a free slot and its delay has passed. `delayMs` overrides the default (robots Crawl-delay). */
  async run<T>(host: string, task: () => Promise<T>, delayMs = this.defaultDelayMs, signal?: AbortSignal): Promise<T> {
    const state = this.state(host);
    // A released slot is handed to the next waiter directly, so a newcomer can never overtake it.
    if (state.active < this.maxPerHost) state.active++;
    else await new Promise<void>((resolve) => state.waiting.push(resolve));
    try {
      const now = Date.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + delayMs;
      if (start > now) await sleep(start - now, signal);
      return await task();
    } finally {
      const next = state.waiting.shift();
      if (next) next();
      else state.active--;
      if (state.active === 0 && state.waiting.length === 0 && state.nextStart <= Date.now()) this.hosts.delete(host);
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }
}

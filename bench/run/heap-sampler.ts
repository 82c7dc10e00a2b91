// Samples the page's JS heap through the DevTools protocol (Performance.getMetrics) while the
// page works, and forces garbage collection for retained-size figures.
import type { CDPSession } from '@playwright/test';

interface Metrics {
  metrics: { name: string; value: number }[];
}

export class HeapSampler {
  private peak = 0;
  private running = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(private readonly cdp: CDPSession) {}

  static async attach(cdp: CDPSession): Promise<HeapSampler> {
    await cdp.send('Performance.enable');
    return new HeapSampler(cdp);
  }

  /** The JS heap in use now, in bytes. */
  async used(): Promise<number> {
    const m = (await this.cdp.send('Performance.getMetrics')) as Metrics;
    return m.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
  }

  /** Collects garbage, then reports the heap in use (what is really retained). */
  async retained(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    return this.used();
  }

  /** Starts sampling every `everyMs` (samples are taken between the page's tasks). */
  start(everyMs = 50): void {
    this.peak = 0;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        this.peak = Math.max(this.peak, await this.used().catch(() => 0));
        await new Promise((r) => setTimeout(r, everyMs));
      }
    })();
  }

  /** Stops sampling; resolves to the highest heap seen, in bytes. */
  async stop(): Promise<number> {
    this.running = false;
    await this.loop;
    this.peak = Math.max(this.peak, await this.used().catch(() => 0));
    return this.peak;
  }
}

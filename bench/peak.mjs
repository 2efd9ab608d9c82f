/**
 * Preloaded into a benchmarked `brink` process (`node --import ./bench/peak.mjs`):
 * at exit, writes the process's peak resident set size and CPU time to the
 * file named by BRINK_BENCH_PEAK, which the parent cannot read once the
 * process is gone. Plain JavaScript, so that the compiled CLI (bin/brink.js)
 * is measured without tsx loaded into it.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['BRINK_BENCH_PEAK'];
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes.
    const usage = process.resourceUsage();
    // CPU time (user + system, µs) is what "docs/s on one core" needs on a shared machine: wall time counts the waits for a core.
    writeFileSync(target, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
  // The bench stops a run that outlasts its time budget with SIGTERM; leave
  // through exit so the handler above still reports. The handler runs between
  // two documents (a store transaction is synchronous), never inside one.
  process.on('SIGTERM', () => process.exit(143));
}

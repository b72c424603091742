// Preloaded by scripts/bench-build.ts into the measured process: writes its peak resident memory
// (kilobytes, from getrusage) to $BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});

/**
 * Finds a Chrome or Chromium the tests can drive: $CHROME_PATH, else the usual install paths.
 * Fails fast with the exact install command when there is none (browser downloads are not used:
 * they fail on machines without internet access).
 */
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.`);
  }
  for (const path of CANDIDATES) if (executable(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && executable(found)) return found;
    } catch {
      // not on PATH
    }
  }
  throw new Error(
    [
      'No Chrome or Chromium found for the browser tests.',
      'Install one:   sudo apt-get update && sudo apt-get install -y chromium   (Debian / Ubuntu)',
      'or point to one:   CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}

/** Flags for headless runs as root on a machine without network (no background connections). */
export const BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests run in several pages at once: keep background pages painting and their timers on time.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

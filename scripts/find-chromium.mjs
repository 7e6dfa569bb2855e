// Finds Debian's Chromium for the browser tests: $CHROMIUM_PATH; then Debian's headless shell
// of Chromium (package chromium-headless-shell: the same browser engine without the windowed
// browser around it, which ran the browser tests in 136 s where the full browser took 230 s);
// as root on Debian, installs it with apt; else the full `chromium`; otherwise stops with a
// message saying how to install one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function aptInstall(pkg) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian's ${pkg} with apt-get (running as root), for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
    return true;
  } catch {
    console.log(`apt-get could not install ${pkg}.`);
    return false;
  }
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  if (aptInstall('chromium-headless-shell') && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  for (const path of FULL) if (existsSync(path)) return path;
  if (aptInstall('chromium') && existsSync(FULL[0])) return FULL[0];
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      '  Debian: sudo apt-get install chromium-headless-shell (or chromium)',
      '  or point CHROMIUM_PATH at a Chromium binary: CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

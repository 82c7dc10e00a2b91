// Notices when whatever started `npm start` has gone. npm runs a script as `sh -c "node …"`;
// SIGTERM or SIGINT to npm is passed on to that shell, which dies without passing it on to
// node, and SIGHUP kills npm alone. Either way node would be left, orphaned, with its server
// listening. So the parent is watched (it changes when the shell dies), and under npm the
// grandparent too (npm itself, when the parent is that shell).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The parent of a process, or null where it cannot be read.
 * @param {number} pid
 * @returns {number | null}
 */
export function parentOf(pid) {
  try {
    if (process.platform === 'linux') {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
    }
    if (process.platform === 'win32') return null;
    const out = execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' });
    const ppid = Number(out.trim());
    return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
  } catch {
    return null;
  }
}

/**
 * The program name of a process ('sh', 'node', …), or '' where it cannot be read.
 * @param {number} pid
 * @returns {string}
 */
export function commandOf(pid) {
  try {
    if (process.platform === 'linux') return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (process.platform === 'win32') return '';
    const out = execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' });
    return (out.trim().split('/').pop() ?? '').replace(/^-/, '');
  } catch {
    return '';
  }
}

const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ash', 'ksh', 'busybox']);

/** @param {number} pid @returns {boolean} */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours.
    return /** @type {{ code?: string }} */ (error).code === 'EPERM';
  }
}

/**
 * Calls `onGone` once when the parent (or, under npm, the grandparent) is gone.
 * @param {{
 *   onGone: () => void,
 *   intervalMs?: number,
 *   env?: Record<string, string | undefined>,
 * }} options
 * @returns {() => void} stops watching
 */
export function watchLauncher({ onGone, intervalMs = 500, env = process.env }) {
  const parent = process.ppid;
  // npm's script shell: watch npm behind it. (A shell that exec'd node is not our parent, and
  // a terminal's shell behind npm is none of our business.)
  const viaShell = Boolean(env.npm_lifecycle_event) && SHELLS.has(commandOf(parent));
  const grandparent = viaShell ? parentOf(parent) : null;
  const watched = [parent, ...(grandparent && grandparent > 1 ? [grandparent] : [])];
  const timer = setInterval(() => {
    if (process.ppid === parent && watched.every(alive)) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

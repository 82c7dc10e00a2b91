// `npm run dist`: build, then package with electron-builder's API rather than its command line,
// whose failures end in a stack trace (11 lines for a machine without network). Here a failure
// is one sentence — what failed, why, what to do — and a non-zero exit.

/** Error codes of a host that cannot be reached (DNS, refused, reset, timed out, no route). */
export const NETWORK_CODES = Object.freeze([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

/** @param {unknown} error @returns {string} the first line of its message, without a final dot */
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').trim().replace(/\.$/, '') || 'unknown error';
}

/**
 * The one sentence for a packaging failure.
 * @param {unknown} error what electron-builder threw
 * @returns {string}
 */
export function distFailureSentence(error) {
  const e = /** @type {{ code?: unknown, hostname?: unknown }} */ (error ?? {});
  const code = typeof e.code === 'string' ? e.code : '';
  const message = firstLine(error);
  const network = NETWORK_CODES.includes(code) || NETWORK_CODES.some((c) => message.includes(c));
  if (!network) return `Mazmun's installers were not built: ${message}.`;
  const host =
    typeof e.hostname === 'string' && e.hostname
      ? e.hostname
      : (/\b(?:ENOTFOUND|EAI_AGAIN)\s+(\S+)/.exec(message)?.[1] ?? 'the download server');
  return (
    `Mazmun's installers were not built: electron-builder downloads Electron and its packaging ` +
    `tools from ${host}, which cannot be reached from this machine (${message}); connect to the ` +
    `internet, or set ELECTRON_MIRROR to a mirror you can reach, and run npm run dist again.`
  );
}

/**
 * @param {{
 *   build: () => Promise<number>,
 *   packageApp: () => Promise<unknown>,
 *   log: (line: string) => void,
 * }} steps build returns its exit status; packageApp throws on failure
 * @returns {Promise<number>} the exit code
 */
export async function runDist({ build, packageApp, log }) {
  const built = await build();
  if (built !== 0) {
    log(`Mazmun's installers were not built: npm run build failed (exit ${built}, see above).`);
    return 1;
  }
  try {
    await packageApp();
    return 0;
  } catch (error) {
    log(distFailureSentence(error));
    return 1;
  }
}

// `npm run server`: the sync server for a team on one machine. Settings from the environment:
// MAZMUN_SYNC_PORT (5984), MAZMUN_SYNC_HOST (127.0.0.1; 0.0.0.0 to serve the network),
// MAZMUN_SYNC_DATA (folder, default ./sync-data), MAZMUN_SYNC_ADMIN / MAZMUN_SYNC_PASSWORD,
// MAZMUN_SYNC_ORIGINS (comma-separated origins the app runs at; default DEFAULT_ORIGINS),
// MAZMUN_SYNC_OPEN_SIGNUP=1 (anyone may create an account; default: the admin only).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSyncServer } from './sync-server';

const env = process.env;
const name = env.MAZMUN_SYNC_ADMIN;
const password = env.MAZMUN_SYNC_PASSWORD;
if (!name || !password) {
  process.stderr.write('mazmun: set MAZMUN_SYNC_ADMIN and MAZMUN_SYNC_PASSWORD\n');
  process.exit(2);
}
const memory = env.MAZMUN_SYNC_DATA === ':memory:';
const dataDir = memory ? undefined : resolve(env.MAZMUN_SYNC_DATA ?? 'sync-data');
if (dataDir) mkdirSync(dataDir, { recursive: true });
const server = await startSyncServer({
  host: env.MAZMUN_SYNC_HOST ?? '127.0.0.1',
  port: Number(env.MAZMUN_SYNC_PORT ?? 5984),
  admin: { name, password },
  ...(dataDir ? { dataDir } : {}),
  log: true,
  ...(env.MAZMUN_SYNC_ORIGINS
    ? {
        origins: env.MAZMUN_SYNC_ORIGINS.split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      }
    : {}),
  openSignUp: env.MAZMUN_SYNC_OPEN_SIGNUP === '1',
});
process.stdout.write(`data: ${dataDir ?? 'memory (lost when the server stops)'}\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => void server.close().then(() => process.exit(0)));

// Builds bench/page (which imports shared/ code) with Vite's JS API. The output goes under dist/,
// which git, ESLint and Prettier already ignore.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

/** The repository root, wherever the bench is started from. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
// MAZMUN_BENCH_OUT: a folder of one's own when several people bench in one working tree.
export const BENCH_OUT = resolve(REPO, process.env.MAZMUN_BENCH_OUT ?? 'dist/bench-page');

export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    root: resolve(REPO, 'bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: BENCH_OUT, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  return BENCH_OUT;
}

/**
 * Builds the app into `outDir` and bench/page inside it (`<outDir>/bench`): same origin, so the
 * bench page can fill the app's own database before the app is opened on it.
 */
export async function buildAppWithBenchPage(outDir: string): Promise<void> {
  const configFile = resolve(REPO, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: false,
    root: resolve(REPO, 'bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(outDir, 'bench'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

/** buildAppWithBenchPage, then served by vite preview on 127.0.0.1:`port` (the real build). */
export async function serveAppWithBenchPage(outDir: string, port: number): Promise<PreviewServer> {
  await buildAppWithBenchPage(outDir);
  return preview({
    configFile: resolve(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port, host: '127.0.0.1', strictPort: true },
  });
}

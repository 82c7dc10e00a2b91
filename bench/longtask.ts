// `node --import tsx bench/longtask.ts [--quick] [--runs N] [--out FILE]`: the longest task on
// the page's main thread while a backup of 100k codings is restored and while a 50 MB hostile
// transcript is imported — the work inline (as before the heavy-work worker), through the
// worker (the app's path now), and the floor (an echo job of the same bytes through the worker).
// Prints ONE JSON object on stdout; progress on stderr. Target: under 100 ms through the worker.
// `--hostile-only` skips the backup (its figures are then null): the transcript's read and save
// alone, a few minutes instead of a quarter of an hour.
import type { LongTaskApi, LongTaskMode, LongTasks } from './page/longtask';
import { benchProject, exitWith, option, runPageBench } from './run/page-bench';
import { middle } from './run/samples';

type Api = { mazmunLongTasks: LongTaskApi };

const TARGET_MS = 100;
// The floor and the worker first: the inline run leaves the most garbage behind.
const MODES: readonly LongTaskMode[] = ['floor', 'worker', 'inline'];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const runs = Number(option(args, '--runs') ?? 1);
  const hostileOnly = args.includes('--hostile-only');
  const project = benchProject(quick);
  const hostileMb = quick ? 5 : 50;
  const setup = {
    name: 'longtask',
    folder: 'bench/page',
    outDir: process.env.MAZMUN_LONGTASK_OUT ?? 'dist/bench-longtask',
    // As the app (vite.config.ts): the worker is an ES module.
    vite: { worker: { format: 'es' as const } },
    chromiumFlags: ['--js-flags=--expose-gc'],
    api: 'mazmunLongTasks',
    out: option(args, '--out'),
  };
  return runPageBench(setup, async ({ page, log }) => {
    const backupRuns: Record<LongTaskMode, LongTasks[]> = { inline: [], worker: [], floor: [] };
    let backup: { bytes: number } | null = null;
    if (!hostileOnly) {
      log(`generating ${project.codings} codings in ${project.documents} documents…`);
      backup = await page.evaluate((o) => {
        const a = (window as unknown as Api).mazmunLongTasks;
        return a.prepareBackup(o);
      }, project);
    }
    for (let i = 0; i < (hostileOnly ? 0 : runs); i++) {
      for (const mode of MODES) {
        log(`backup import, ${mode} (run ${i + 1})…`);
        backupRuns[mode].push(
          await page.evaluate(
            (m) => (window as unknown as Api).mazmunLongTasks.backupImport(m),
            mode,
          ),
        );
      }
    }

    log(`a ${hostileMb} MB hostile transcript…`);
    const hostile = await page.evaluate(
      (mb) => (window as unknown as Api).mazmunLongTasks.prepareHostileText(mb),
      hostileMb,
    );
    const hostileRuns: Record<LongTaskMode, { read: LongTasks; save: LongTasks }[]> = {
      inline: [],
      worker: [],
      floor: [],
    };
    for (let i = 0; i < runs; i++) {
      for (const mode of MODES) {
        log(`hostile transcript, ${mode} (run ${i + 1})…`);
        hostileRuns[mode].push(
          await page.evaluate(
            (m) =>
              (
                window as unknown as { mazmunLongTasks: LongTaskApi }
              ).mazmunLongTasks.hostileTextImport(m),
            mode,
          ),
        );
      }
    }

    const longest = (xs: readonly LongTasks[]) =>
      xs.length > 0 ? middle(xs.map((x) => x.longest_ms)) : null;
    const figures = {
      backup_import_longest_task_inline_ms: longest(backupRuns.inline),
      backup_import_longest_task_worker_ms: longest(backupRuns.worker),
      backup_import_longest_task_floor_ms: longest(backupRuns.floor),
      hostile_read_longest_task_inline_ms: longest(hostileRuns.inline.map((r) => r.read)),
      hostile_read_longest_task_worker_ms: longest(hostileRuns.worker.map((r) => r.read)),
      hostile_read_longest_task_floor_ms: longest(hostileRuns.floor.map((r) => r.read)),
      // Saving the parsed text (addDocuments, the store's one transaction) runs on the page:
      // inline without a search key (computed on the page), through the worker with the key the
      // worker computed; the floor writes a text and key of the same size straight to the table.
      hostile_save_longest_task_inline_ms: longest(hostileRuns.inline.map((r) => r.save)),
      hostile_save_longest_task_ms: longest(hostileRuns.worker.map((r) => r.save)),
      hostile_save_longest_task_floor_ms: longest(hostileRuns.floor.map((r) => r.save)),
    };
    const overTarget = [
      'backup_import_longest_task_worker_ms',
      'hostile_read_longest_task_worker_ms',
      'hostile_save_longest_task_ms',
    ].filter((k) => ((figures as Record<string, number>)[k] ?? 0) > TARGET_MS);
    return {
      date: new Date().toISOString(),
      sizes: { ...project, backup_bytes: backup?.bytes ?? null, hostile_bytes: hostile.bytes },
      runs,
      ...figures,
      target_ms: TARGET_MS,
      over_target: overTarget,
      samples: { backup: backupRuns, hostile: hostileRuns },
    };
  });
}

exitWith('longtask', main);

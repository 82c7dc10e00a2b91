// Entry of the bench page: exposes the measures on window for bench/run.ts.
import type { BenchWindow } from './api';
import { longTaskApi } from './longtask';
import { benchApi } from './measures';

const w = window as unknown as BenchWindow;
w.mazmunBench = benchApi;
// The longest main-thread task during heavy work (bench/longtask.ts drives it).
(window as unknown as { mazmunLongTasks: typeof longTaskApi }).mazmunLongTasks = longTaskApi;
w.mazmunBenchReady = true;

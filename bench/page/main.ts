// Entry of the bench page: exposes the measures on window for bench/run.ts.
import type { BenchWindow } from './api';
import { benchApi } from './measures';

const w = window as unknown as BenchWindow;
w.mazmunBench = benchApi;
w.mazmunBenchReady = true;

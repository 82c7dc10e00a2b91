// Electron's entry point (bundled to dist-electron/main.cjs by scripts/build-electron.mjs).
import { startApp } from './app';

startApp();

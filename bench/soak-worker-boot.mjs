// Workers do not inherit tsx's loader from `--import tsx`: register it here, then load the
// TypeScript worker (the same way bin/mazmun.mjs starts the CLI).
import { register } from 'tsx/esm/api';

register();
await import('./soak-worker.ts');

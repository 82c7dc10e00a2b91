import { MazmunDb } from '../../shared/db/database';

// The renderer's one database connection. Only hooks and data-layer modules import this;
// components reach data through renderer/hooks (lint rule 3).
let instance: MazmunDb | null = null;

export function getDb(): MazmunDb {
  instance ??= new MazmunDb();
  return instance;
}

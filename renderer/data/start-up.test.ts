import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProject, listProjects } from '../../shared/db/projects-repo';
import { openTestDb } from '../../shared/db/test-db';
import { readHadProjects } from './profile-marker';
import { startUp } from './start-up';
import { memoryStorage } from './test-storage';

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('startUp', () => {
  it('a first launch imports and opens the sample study, and remembers that projects exist', async () => {
    const db = await openTestDb();
    const start = await startUp(db);
    expect(start).toMatchObject({ kind: 'project', sample: true });
    expect(await listProjects(db)).toHaveLength(1);
    expect(readHadProjects()).toBe(true);
    db.close();
  });

  it('an emptied database after projects is "vanished": nothing is seeded over it', async () => {
    const db = await openTestDb();
    await startUp(db); // The profile had the sample study…
    db.close();
    const wiped = await openTestDb(); // …and then the browser deleted the database.
    expect(await startUp(wiped)).toEqual({ kind: 'vanished' });
    expect(await listProjects(wiped)).toEqual([]);
    // Still vanished on the next start: the marker is not lowered by an empty list.
    expect(await startUp(wiped)).toEqual({ kind: 'vanished' });
    wiped.close();
  });

  it('stored projects open normally and set the marker for profiles made before it existed', async () => {
    const db = await openTestDb();
    await createProject(db, { name: 'Interviews' });
    expect(await startUp(db)).toEqual({ kind: 'list' });
    expect(readHadProjects()).toBe(true);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import { asId } from '../model/ids';
import { NO_EDITS } from './stop-words';
import { loadStopListEdits, saveStopListEdits } from './stop-words-settings';

describe('stop-list edits in the settings table', () => {
  it('are kept per project', async () => {
    const db = await openTestDb();
    const a = asId<'ProjectId'>('project-a');
    const b = asId<'ProjectId'>('project-b');
    expect(await loadStopListEdits(db, a)).toEqual(NO_EDITS);
    await saveStopListEdits(db, a, { added: ['yeah'], removed: ['the'] });
    expect(await loadStopListEdits(db, a)).toEqual({ added: ['yeah'], removed: ['the'] });
    expect(await loadStopListEdits(db, b)).toEqual(NO_EDITS);
    db.close();
  });
});

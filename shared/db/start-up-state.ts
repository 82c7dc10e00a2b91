// Telling a first launch from a database that vanished. Chromium deletes an origin's whole
// IndexedDB folder when a LevelDB write fails on a full disk (seen with a 30 MB profile), and a
// cleared browser profile looks the same: an empty database. Only a marker kept OUTSIDE
// IndexedDB can tell the two apart, and the answer decides whether the sample study may be
// imported: never over the ruins of a researcher's projects.

export type StartUpState =
  /** Nothing here and never was: import the sample study. */
  | 'first-launch'
  /** Projects are stored (or the researcher emptied the list on purpose): carry on. */
  | 'normal'
  /** This profile had projects and the database is now empty or missing: say so, seed nothing. */
  | 'vanished';

export interface StartUpFacts {
  /** The marker outside IndexedDB says this profile has had projects. */
  readonly hadProjects: boolean;
  readonly projectCount: number;
  /** Any setting is stored (the app has run on this database before). */
  readonly hasSettings: boolean;
}

export function startUpState(facts: StartUpFacts): StartUpState {
  if (facts.projectCount > 0) return 'normal';
  if (facts.hadProjects) return 'vanished';
  return facts.hasSettings ? 'normal' : 'first-launch';
}

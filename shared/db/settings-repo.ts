import type { MazmunDb } from './database';
import type { SettingValue } from './rows';

export type { SettingValue } from './rows';

/** Keys the app itself uses; any other string key is allowed too. */
export type KnownSettingKey = 'lastProjectId' | 'uiLocale';

/** An app-wide setting, or undefined when never set. */
export async function getSetting(
  db: MazmunDb,
  key: KnownSettingKey | (string & {}),
): Promise<SettingValue | undefined> {
  const row = await db.meta.get(key);
  return row?.value;
}

export async function setSetting(
  db: MazmunDb,
  key: KnownSettingKey | (string & {}),
  value: SettingValue,
): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteSetting(db: MazmunDb, key: string): Promise<void> {
  await db.meta.delete(key);
}

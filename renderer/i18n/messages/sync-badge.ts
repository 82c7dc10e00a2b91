// The shell's sync badge (issue 14.3): the state of a shared project seen from every view.
export const syncBadgeEn = {
  'syncBadge.label': 'Sharing: {state}. Open Sharing',
  'syncBadge.unsent': '{count} unsent',
} as const;

export type SyncBadgeKey = keyof typeof syncBadgeEn;

export const syncBadgeFa: Record<SyncBadgeKey, string> = {
  'syncBadge.label': 'اشتراک: {state}. باز کردن اشتراک',
  'syncBadge.unsent': '{count} ارسال‌نشده',
};

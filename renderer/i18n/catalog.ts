import { shellEn, shellFa } from './messages/shell';
import { codebookEn, codebookFa } from './messages/codebook';
import { reportEn, reportFa } from './messages/report';
import { documentsEn, documentsFa } from './messages/documents';
import { exchangeEn, exchangeFa } from './messages/exchange';
import { searchEn, searchFa } from './messages/search';
import { storageEn, storageFa } from './messages/storage';
import { textcheckEn, textcheckFa } from './messages/textcheck';
import { codersEn, codersFa } from './messages/coders';
import { networkEn, networkFa } from './messages/network';
import { wordsEn, wordsFa } from './messages/words';
import { crosstabEn, crosstabFa } from './messages/crosstab';
import { agreementEn, agreementFa } from './messages/agreement';
import { analysisEn, analysisFa } from './messages/analysis';
import { workspaceEn, workspaceFa } from './messages/workspace';
import { memosEn, memosFa } from './messages/memos';
import { casesLinkEn, casesLinkFa } from './messages/cases-link';
import { a11yEn, a11yFa } from './messages/a11y';
import { setsEn, setsFa } from './messages/sets';
import { syncEn, syncFa } from './messages/sync';
import { transcriptMarginEn, transcriptMarginFa } from './messages/transcript-margin';
import { syncBadgeEn, syncBadgeFa } from './messages/sync-badge';
import { undoEn, undoFa } from './messages/undo';
import type { Locale } from './locales';

// One catalog for the whole interface (every visible string goes through it).
// A feature adds its own messages file and spreads it in here.
const en = {
  ...shellEn,
  ...codebookEn,
  ...documentsEn,
  ...reportEn,
  ...exchangeEn,
  ...searchEn,
  ...storageEn,
  ...textcheckEn,
  ...codersEn,
  ...networkEn,
  ...wordsEn,
  ...crosstabEn,
  ...agreementEn,
  ...analysisEn,
  ...workspaceEn,
  ...memosEn,
  ...casesLinkEn,
  ...a11yEn,
  ...setsEn,
  ...syncEn,
  ...transcriptMarginEn,
  ...syncBadgeEn,
  ...undoEn,
};
export type MessageKey = keyof typeof en;

const fa: Record<MessageKey, string> = {
  ...shellFa,
  ...codebookFa,
  ...documentsFa,
  ...reportFa,
  ...exchangeFa,
  ...searchFa,
  ...storageFa,
  ...textcheckFa,
  ...codersFa,
  ...networkFa,
  ...wordsFa,
  ...crosstabFa,
  ...agreementFa,
  ...analysisFa,
  ...workspaceFa,
  ...memosFa,
  ...casesLinkFa,
  ...a11yFa,
  ...setsFa,
  ...syncFa,
  ...transcriptMarginFa,
  ...syncBadgeFa,
  ...undoFa,
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fa };

/** Looks up `key` and fills `{name}` placeholders. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = catalogs[locale][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function allKeys(): MessageKey[] {
  return Object.keys(en) as MessageKey[];
}

export function catalogFor(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}

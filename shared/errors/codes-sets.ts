// Document sets (shared/db/sets-repo.ts, shared/exchange/sets-xml.ts).

export const SETS_ERRORS = {
  'sets.theSet': 'The set "{name}"',
  'sets.aSet': 'A set',
  'sets.needsName': 'A set needs a name.',
  'sets.nameTaken': 'There is already a set named “{name}”.',
  'sets.gone': 'This set no longer exists; another window may have deleted it.',
  'sets.ruleEmpty': 'A rule needs at least one condition with a value.',
  'sets.notManual': 'Documents are added to a set made by hand only; “{name}” follows a rule.',
  'sets.unknownSet': 'There is no set named “{name}” in this project.',
} as const;

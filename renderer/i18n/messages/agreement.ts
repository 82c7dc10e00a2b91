// Messages of Agreement between coders (renderer/views/agreement/).
export const agreementEn = {} as const;

export const agreementFa: Record<keyof typeof agreementEn, string> = {};

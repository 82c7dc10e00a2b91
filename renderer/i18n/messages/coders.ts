// Messages of Coders and merging another coder's work (renderer/views/coders/).
export const codersEn = {} as const;

export const codersFa: Record<keyof typeof codersEn, string> = {};

// Messages of Word frequency and the word cloud (renderer/views/words/).
export const wordsEn = {} as const;

export const wordsFa: Record<keyof typeof wordsEn, string> = {};

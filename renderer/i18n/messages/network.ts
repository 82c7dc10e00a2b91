// Messages of The thematic network map (renderer/views/network/).
export const networkEn = {} as const;

export const networkFa: Record<keyof typeof networkEn, string> = {};

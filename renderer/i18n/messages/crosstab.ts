// Messages of Crosstabs and co-occurrence (renderer/views/crosstab/, renderer/views/cooccurrence/).
export const crosstabEn = {} as const;

export const crosstabFa: Record<keyof typeof crosstabEn, string> = {};

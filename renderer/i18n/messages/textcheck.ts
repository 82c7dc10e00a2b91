// Messages of Broken-Persian warnings and repair, PDF import (renderer/views/text-check/).
export const textcheckEn = {} as const;

export const textcheckFa: Record<keyof typeof textcheckEn, string> = {};

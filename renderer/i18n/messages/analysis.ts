// Messages of the analysis view's frame: its tabs (renderer/views/analysis/).
export const analysisEn = {
  'nav.analysis': 'Analysis',
  'analysis.title': 'Analysis',
  'analysis.tabs': 'Analyses',
  'analysis.tab.crosstab': 'Crosstab',
  'analysis.tab.cooccurrence': 'Co-occurrence',
  'analysis.tab.agreement': 'Coder agreement',
  'analysis.tab.words': 'Word frequency',
  'analysis.tab.network': 'Thematic network',
  'analysis.notYet': 'This analysis is not built yet.',
} as const;

export const analysisFa: Record<keyof typeof analysisEn, string> = {
  'nav.analysis': 'تحلیل',
  'analysis.title': 'تحلیل',
  'analysis.tabs': 'تحلیل‌ها',
  'analysis.tab.crosstab': 'جدول متقاطع',
  'analysis.tab.cooccurrence': 'هم‌رخدادی',
  'analysis.tab.agreement': 'توافق کدگذاران',
  'analysis.tab.words': 'بسامد واژه‌ها',
  'analysis.tab.network': 'شبکهٔ مضامین',
  'analysis.notYet': 'این تحلیل هنوز ساخته نشده است.',
};

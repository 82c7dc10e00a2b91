export { htmlReport, HTML_REPORT_FORMAT_VERSION, type HtmlReportOptions } from './html-report';
export {
  buildReportModel,
  passageContext,
  type ReportModel,
  type ReportSelection,
} from './report-model';
export { horizontalBarChart, percentLabel, type Bar, type BarChartOptions } from './svg-charts';
export { fontFace, type EmbeddedFont } from './report-css';
export { escapeHtml, safeColor } from './escape';
export { isRtlLanguage, REPORT_LABELS, type ReportLocale } from './labels';

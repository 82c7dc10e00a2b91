export { neutralizeCell, TABLE_FORMAT_VERSION, type Cell, type Table } from './table';
export { parseCsv, toCsv } from './csv';
export { exportFileStem } from './file-name';
export { ABOUT_SHEET_NAME, safeSheetName, toXlsx, type XlsxMeta, type XlsxSheet } from './xlsx';

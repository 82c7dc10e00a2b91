export * from './app-error';
export * from './catalogue';
export * from './format';
export * from './refuse';
export { fillTemplate, placeholdersOf, hasStrayBraces, type Placeholders } from './template';

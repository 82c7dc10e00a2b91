export * from './code-tree';
export * from './frequencies';
export * from './charts';
export * from './compare-published';
export * from './csv';

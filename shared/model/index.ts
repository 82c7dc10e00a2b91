export * from './ids';
export * from './types';
export * from './snapshot';
export * from './sets';

export * from './levels';
export * from './matrix';
export * from './proximity';
export * from './wear';
export * from './territory';
export * from './training-needs';
export * from './training-cover';

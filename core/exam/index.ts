// Public surface of the exam simulator core. Pure; runs anywhere.
export * from './rng';
export * from './blueprint';
export * from './assemble';
export * from './domc';
export * from './checks';
export * from './attempt';
export * from './report';

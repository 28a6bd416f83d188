// Public surface of the spaced-repetition core. Pure; runs anywhere.
export * from './card';
export * from './settings';
export * from './studyDay';
export * from './scheduler';
export * from './autograde';
export * from './queue';
export * from './readiness';
export * from './exportFormat';
export * from './bankChange';
export * from './training';
export * from './optionCards';

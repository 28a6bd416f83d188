// Public surface of the Dockerfile engine (pure; runs in Node, the browser and a web worker).
export * from './dockerfile/ast';
export { parse } from './dockerfile/parse';
export * from './diagnostics';

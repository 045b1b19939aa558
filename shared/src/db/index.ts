export * from './database.js';
export * from './pglite.js';

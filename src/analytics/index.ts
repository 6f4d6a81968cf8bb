export * from './types.js';
export * from './dyads.js';
export * from './escalation.js';
export * from './alerts.js';
export * from './clusters.js';
export * from './ceasefires.js';
export * from './mediation.js';
export * from './daily.js';

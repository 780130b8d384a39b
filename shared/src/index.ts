export * from './enums.js';
export * from './labels.js';
export * from './text.js';
export * from './dates.js';
export * from './id-number.js';
export * from './money.js';
export * from './password.js';
export * from './household-validation.js';

import { Foundation1764028800000 } from './1764028800000-foundation.js';
import { Access1764115200000 } from './1764115200000-access.js';
import { Households1764201600000 } from './1764201600000-households.js';

/** Every migration in order. A new migration is added here, never edited once released. */
export const migrations = [Foundation1764028800000, Access1764115200000, Households1764201600000];

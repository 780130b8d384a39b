import { ConnectionType } from '../../core/pagination.js';
import { Unit } from './unit.entity.js';

export const UnitConnection = ConnectionType(Unit, 'Unit');
export type UnitConnection = InstanceType<typeof UnitConnection>;

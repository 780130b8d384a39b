import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST_PARAMS,
  readHouseholdParams,
  toHouseholdFilter,
  writeHouseholdParams,
} from './household-filter';

describe('household list URL', () => {
  it('round-trips every filter, the sort and the page cursors', () => {
    const values = {
      ...EMPTY_LIST_PARAMS,
      search: '王',
      unitId: 'unit-7',
      categories: ['BEREAVED' as const],
      hardshipLevels: ['HARDSHIP' as const],
      residenceTypes: ['RURAL' as const],
      riskLevels: ['HIGH' as const, 'MEDIUM' as const],
      statuses: ['ACTIVE' as const, 'MOVED' as const],
      ageBand: '70-79' as const,
      livingAlone: true,
      sort: 'RISK' as const,
      cursors: ['WyJIMDAxIl0', 'WyJIMDIxIl0'],
    };
    const params = writeHouseholdParams(values);
    expect(params.toString()).toBe(
      'q=%E7%8E%8B&unit=unit-7&category=BEREAVED&hardship=HARDSHIP&residence=RURAL' +
        '&risk=HIGH%2CMEDIUM&status=ACTIVE%2CMOVED&age=70-79&alone=1&sort=RISK' +
        '&after=WyJIMDAxIl0&after=WyJIMDIxIl0',
    );
    expect(readHouseholdParams(params)).toEqual(values);
  });

  it('leaves a clean list with a clean URL and ignores nonsense', () => {
    expect(writeHouseholdParams(EMPTY_LIST_PARAMS).toString()).toBe('');
    const read = readHouseholdParams(
      new URLSearchParams('risk=HIGH,BOGUS&age=12-13&sort=NAME&alone=maybe&after=%3Cscript%3E'),
    );
    expect(read).toEqual({ ...EMPTY_LIST_PARAMS, riskLevels: ['HIGH'] });
  });

  it('turns an age band into parent age bounds', () => {
    const filter = (ageBand: '49+' | 'lt60' | '60-69') =>
      toHouseholdFilter({ ...EMPTY_LIST_PARAMS, ageBand });
    expect(filter('49+')).toMatchObject({ minParentAge: 49, maxParentAge: null });
    expect(filter('lt60')).toMatchObject({ minParentAge: null, maxParentAge: 59 });
    expect(filter('60-69')).toMatchObject({ minParentAge: 60, maxParentAge: 69 });
    expect(toHouseholdFilter(EMPTY_LIST_PARAMS)).toEqual({
      search: null,
      unitId: null,
      categories: null,
      hardshipLevels: null,
      residenceTypes: null,
      riskLevels: null,
      statuses: null,
      minParentAge: null,
      maxParentAge: null,
      livingAlone: null,
    });
  });
});

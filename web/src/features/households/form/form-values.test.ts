import { idNumberCheckDigit } from '@nuanxin/shared';
import { describe, expect, it } from 'vitest';
import { child, father, householdDetail, mother } from '../test/household-fixtures';
import { fileViolations, formFieldOf, validateForm } from './form-errors';
import { changeKey, formChanges, isFormChanged, mergeFormValues } from './form-diff';
import {
  formToHouseholdFields,
  householdToFormValues,
  needsStoredValues,
  newHouseholdValues,
} from './form-values';

function validId(birth: string, sequence: string): string {
  const first17 = `370117${birth.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckDigit(first17);
}

const base = householdToFormValues(householdDetail());

describe('the form of a stored file', () => {
  it('keeps ID numbers and phones masked and locked, money in yuan', () => {
    const [first] = base.parents;
    expect(first?.idNumber).toEqual({
      masked: '3701**********1234',
      isUnlocked: false,
      value: '',
      revealed: null,
    });
    expect(base.yearlyIncome).toBe('18000');
    expect(base.children.map((m) => m.name)).toEqual(['王磊']);
    expect(needsStoredValues(base)).toBe(true);
  });

  it('sends stored values back unchanged and typed ones as typed, money in fen', () => {
    const values = {
      ...base,
      yearlyIncome: '12,000.5',
      parents: base.parents.map((m) =>
        m.id === mother.id
          ? { ...m, phone: { ...m.phone, isUnlocked: true, value: '１３９０００００００１' } }
          : m,
      ),
    };
    const fields = formToHouseholdFields(values, {
      phone: '06345555678',
      members: {
        [father.id]: { idNumber: '370117195203140011', phone: '13905341234' },
        [mother.id]: { idNumber: '370117195507080022', phone: null },
      },
    });
    expect(fields.phone).toBe('06345555678');
    expect(fields.yearlyIncomeFen).toBe(1_200_050);
    expect(fields.members.map((m) => [m.id, m.idNumber, m.phone])).toEqual([
      [father.id, '370117195203140011', '13905341234'],
      [mother.id, '370117195507080022', '13900000001'],
      [child.id, null, null],
    ]);
  });

  it('leaves locked values out of the browser-side check', () => {
    expect(validateForm(base, '2025-10-01')).toEqual([]);
  });
});

describe('validation paths', () => {
  it('point at the member fields of the two lists', () => {
    expect(formFieldOf('input.members.1.idNumber', base)).toEqual(['parents', 1, 'idNumber']);
    expect(formFieldOf('members.2.deathDate', base)).toEqual(['children', 0, 'deathDate']);
    expect(formFieldOf('input.yearlyIncomeFen', base)).toBe('yearlyIncome');
    expect(formFieldOf('tags.3', base)).toBe('tags');
    expect(formFieldOf('members', base)).toBeUndefined();
    expect(formFieldOf('members.9.name', base)).toBeUndefined();
  });

  it('reports a wrong ID number on its member, and rules about the file apart', () => {
    const values = newHouseholdValues('2025-10-01', 'v-1');
    values.category = 'BEREAVED';
    values.parents[0] = {
      ...values.parents[0]!,
      name: '王建国',
      idNumber: { masked: null, isUnlocked: true, value: '370117195203140010', revealed: null },
    };
    const violations = validateForm(values, '2025-10-01');
    expect(violations).toContainEqual({
      field: 'members.0.idNumber',
      reason: 'CHECKSUM',
      message: '身份证号校验位不正确，请核对后重新输入',
    });
    expect(fileViolations(violations, values).map((v) => v.reason)).toEqual(['NO_DECEASED_CHILD']);
  });
});

describe('changes and reapplying them', () => {
  it('does not count looking at a stored value as a change', () => {
    const revealed = {
      ...base,
      parents: base.parents.map((m) =>
        m.id === father.id
          ? {
              ...m,
              idNumber: {
                ...m.idNumber,
                isUnlocked: true,
                value: '370117195203141234',
                revealed: '370117195203141234',
              },
            }
          : m,
      ),
    };
    expect(isFormChanged(base, revealed)).toBe(false);
    const typed = {
      ...revealed,
      parents: revealed.parents.map((m) =>
        m.id === father.id
          ? { ...m, idNumber: { ...m.idNumber, value: validId('1952-03-14', '001') } }
          : m,
      ),
    };
    expect(formChanges(base, typed).map(changeKey)).toEqual([`members.${father.id}.idNumber`]);
  });

  it("keeps the user's edits and takes everything else from the newer version", () => {
    const mine = {
      ...base,
      address: '钢城区艾山街道新址8号',
      children: base.children.map((m) => ({ ...m, note: '每年清明陪同扫墓' })),
    };
    const theirs = householdToFormValues(
      householdDetail({
        version: 4,
        hardshipLevel: 'ORDINARY',
        address: '别人改的地址',
        members: [father, { ...mother, healthStatus: '高血压' }, child],
      }),
    );
    const merged = mergeFormValues(base, mine, theirs);
    expect(merged.address).toBe('钢城区艾山街道新址8号');
    expect(merged.hardshipLevel).toBe('ORDINARY');
    expect(merged.parents[1]?.healthStatus).toBe('高血压');
    expect(merged.children[0]?.note).toBe('每年清明陪同扫墓');

    const theirChanges = formChanges(base, theirs).map(changeKey);
    expect(theirChanges).toEqual(['address', 'hardshipLevel', `members.${mother.id}.healthStatus`]);
  });

  it('keeps members added on either side and those the user removed stay removed', () => {
    const mine = { ...base, parents: base.parents.filter((m) => m.id !== mother.id) };
    const grandchild = { ...child, id: 'm-9', relation: 'GRANDCHILD' as const, name: '王小雨' };
    const theirs = householdToFormValues(
      householdDetail({ members: [father, mother, child, grandchild] }),
    );
    const merged = mergeFormValues(base, mine, theirs);
    expect(merged.parents.map((m) => m.name)).toEqual(['王建国']);
    expect(merged.children.map((m) => m.name)).toEqual(['王磊', '王小雨']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  CAUSES_OF_DEATH,
  validateHousehold,
  validateIdNumber,
} from '@nuanxin/shared';
import {
  generateHouseholds,
  PARENT_BIRTH_YEARS,
  SCALE_RANGES,
  villageShortName,
  type GeneratedHousehold,
  type SeedVillage,
} from './generator.js';

const TODAY = '2026-11-25';

// Real villages of 钢城区 and 莱芜区, and one community of 北京市东城区 (another district code).
const villages: SeedVillage[] = [
  ['370117001001', '东升社区居民委员会', '艾山街道', '钢城区'],
  ['370117002005', '王家庄村民委员会', '里辛街道', '钢城区'],
  ['370117003012', '北丈八丘村村民委员会', '汶源街道', '钢城区'],
  ['370116005020', '山口村村民委员会', '口镇街道', '莱芜区'],
  ['370116103015', '赵家村村委会', '牛泉镇', '莱芜区'],
  ['110101001001', '多福巷社区居委会', '东华门街道', '东城区'],
].map(([code, name, townName, districtName], i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  path: `/1/${i + 2}/`,
  code: code!,
  name: name!,
  townName: townName!,
  districtName: districtName!,
}));
const villageById = new Map(villages.map((v) => [v.id, v]));

const COUNT = 5000;
const households = generateHouseholds(COUNT, { seed: 20261125, villages, today: TODAY });
const share = (test: (h: GeneratedHousehold) => boolean) =>
  households.filter(test).length / households.length;
const parentsOf = (h: GeneratedHousehold) =>
  h.members.filter((m) => m.relation === 'FATHER' || m.relation === 'MOTHER');
const childOf = (h: GeneratedHousehold) => h.members.find((m) => m.relation === 'CHILD')!;

/** What breaks a rule, over every household: one assertion then shows the first offenders. */
function broken(check: (h: GeneratedHousehold, fail: (what: string) => void) => void): string[] {
  const problems: string[] = [];
  households.forEach((h, i) => check(h, (what) => problems.push(`household ${i}: ${what}`)));
  return problems.slice(0, 10);
}

describe('the synthetic household generator', () => {
  it('gives the same households for the same seed, and others for another seed', () => {
    const options = { seed: 7, villages, today: TODAY };
    const a = generateHouseholds(200, options);
    expect(generateHouseholds(200, options)).toEqual(a);
    const b = generateHouseholds(200, { ...options, seed: 8 });
    expect(b.map((h) => h.searchNames)).not.toEqual(a.map((h) => h.searchNames));
  });

  it('makes households that pass the household file validation', () => {
    const problems = households
      .map((h, i) => ({ i, violations: validateHousehold(h, { today: TODAY }) }))
      .filter((p) => p.violations.length);
    expect(problems.slice(0, 3)).toEqual([]);
  });

  it('gives everyone a valid ID number of the village district, birth date and sex', () => {
    const problems = broken((h, fail) => {
      const district = villageById.get(h.unitId)!.code.slice(0, 6);
      for (const m of h.members) {
        const checked = validateIdNumber(m.idNumber, { today: TODAY });
        if (!checked.ok) fail(`${m.idNumber}: ${checked.reason}`);
        else if (checked.value.regionCode !== district) fail(`${m.idNumber} not of ${district}`);
        else if (checked.value.birthDate !== m.birthDate) fail(`${m.idNumber} ≠ ${m.birthDate}`);
        else if (checked.value.sex !== m.sex) fail(`${m.idNumber} ≠ ${m.sex}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('never gives two people the same ID number', () => {
    const numbers = households.flatMap((h) => h.members.map((m) => m.idNumber));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('continues above ID numbers already in use', () => {
    const options = { seed: 3, villages: villages.slice(0, 1), today: TODAY };
    const first = generateHouseholds(300, options).flatMap((h) => h.members);
    const used = new Map<string, number>();
    for (const m of first) {
      const key = `${m.idNumber.slice(0, 14)}:${m.sex}`;
      used.set(key, Math.max(used.get(key) ?? 0, Number(m.idNumber.slice(14, 17))));
    }
    const again = generateHouseholds(300, {
      ...options,
      usedIdSequences: [...used].map(([key, lastSequence]) => ({
        prefix: key.slice(0, 14),
        sex: key.slice(15) as 'MALE' | 'FEMALE',
        lastSequence,
      })),
    }).flatMap((h) => h.members);
    const firstNumbers = new Set(first.map((m) => m.idNumber));
    expect(again.filter((m) => firstNumbers.has(m.idNumber))).toEqual([]);
    // Same seed, same people: only the sequence digits moved up.
    expect(again.map((m) => m.name)).toEqual(first.map((m) => m.name));
  });

  it('makes parents of 1940–1976 who had the child at 20–38', () => {
    const [firstYear, lastYear] = PARENT_BIRTH_YEARS;
    const problems = broken((h, fail) => {
      const child = childOf(h);
      if (!parentsOf(h).length) fail('no parent');
      for (const parent of parentsOf(h)) {
        const year = Number(parent.birthDate.slice(0, 4));
        if (year < firstYear || year > lastYear) fail(`parent born ${parent.birthDate}`);
        const ageAtBirth = ageOn(parent.birthDate, child.birthDate);
        // 18 is the rule; the generator aims at 20–38.
        if (ageAtBirth < 18 || ageAtBirth > 38) fail(`parent aged ${ageAtBirth} at the birth`);
        if (parent.isDeceased && !(parent.deathDate! > parent.birthDate)) fail('died unborn');
      }
    });
    expect(problems).toEqual([]);
    const ages = households.flatMap((h) => parentsOf(h).map((p) => ageOn(p.birthDate, TODAY)));
    expect(ages.filter((a) => a >= 50 && a <= 85).length / ages.length).toBeGreaterThan(0.9);
  });

  it('has a deceased child in a bereaved family and a disabled one in the others', () => {
    const causes: Record<string, number> = {};
    const problems = broken((h, fail) => {
      const children = h.members.filter((m) => m.relation === 'CHILD');
      if (children.length !== 1) fail(`${children.length} children`);
      const child = children[0]!;
      if (h.category === 'BEREAVED') {
        if (!child.isDeceased || !child.deathDate) fail('bereaved, child alive');
        else if (!(child.deathDate > child.birthDate)) fail('child died before birth');
        else if (child.deathDate > TODAY) fail('child dies in the future');
        // The file is opened after the death.
        else if (!(h.registeredOn > child.deathDate)) fail('registered before the death');
        if (!CAUSES_OF_DEATH.includes(child.causeOfDeath!)) fail('no cause of death');
        causes[child.causeOfDeath!] = (causes[child.causeOfDeath!] ?? 0) + 1;
        if (child.disabilityType) fail('deceased child with a disability');
      } else {
        if (child.isDeceased || child.deathDate) fail('disabled child deceased');
        if (!child.disabilityType || ![1, 2, 3].includes(child.disabilityGrade!))
          fail(`disability ${child.disabilityType} ${child.disabilityGrade}`);
      }
      for (const g of h.members.filter((m) => m.relation === 'GRANDCHILD')) {
        if (ageOn(child.birthDate, g.birthDate) < 18) fail('grandchild of a minor');
        if (child.deathDate && g.birthDate > addDays(child.deathDate, 300))
          fail('grandchild born after the death');
      }
    });
    expect(problems).toEqual([]);
    expect(causes.ILLNESS!).toBeGreaterThan(causes.ACCIDENT!);
    expect(causes.ACCIDENT!).toBeGreaterThan(causes.SUICIDE! + causes.OTHER!);
    expect(share((h) => h.members.some((m) => m.relation === 'GRANDCHILD'))).toBeGreaterThan(0.05);
  });

  it('splits categories, risk and hardship about as specified', () => {
    const between = (value: number, min: number, max: number) => value > min && value < max;
    expect(share((h) => h.category === 'BEREAVED')).toSatisfy((v: number) =>
      between(v, 0.82, 0.88),
    );
    expect(share((h) => h.riskLevel === 'HIGH')).toSatisfy((v: number) => between(v, 0.12, 0.18));
    expect(share((h) => h.riskLevel === 'MEDIUM')).toSatisfy((v: number) => between(v, 0.31, 0.39));
    expect(share((h) => h.riskLevel === 'LOW')).toSatisfy((v: number) => between(v, 0.46, 0.54));
    expect(share((h) => h.hardshipLevel === 'HARDSHIP')).toSatisfy((v: number) =>
      between(v, 0.25, 0.35),
    );
    expect(share((h) => h.familyDoctorName !== null)).toSatisfy((v: number) =>
      between(v, 0.65, 0.75),
    );
  });

  it('keeps the household risk equal to the latest assessment, with scales that agree', () => {
    const problems = broken((h, fail) => {
      if (h.assessments.length < 1 || h.assessments.length > 3)
        fail(`${h.assessments.length} assessments`);
      const latest = h.assessments.at(-1)!;
      if (h.riskLevel !== latest.riskLevel) fail('risk is not the latest');
      if (h.lastAssessedOn !== latest.assessedOn) fail('last assessed is not the latest');
      if (h.needs.join() !== latest.needs.join()) fail('needs are not the latest');
      let previous = '';
      for (const a of h.assessments) {
        if (!(a.assessedOn > previous)) fail('assessments out of order');
        if (a.assessedOn < h.registeredOn || a.assessedOn > TODAY) fail(`assessed ${a.assessedOn}`);
        previous = a.assessedOn;
        for (const [scale, [min, max]] of Object.entries(SCALE_RANGES[a.riskLevel])) {
          const value = a[scale as keyof typeof SCALE_RANGES.HIGH];
          if (value < min || value > max) fail(`${a.riskLevel} with ${scale} ${value}`);
        }
        if (!a.needs.length) fail('no needs');
      }
    });
    expect(problems).toEqual([]);
  });

  it('keeps money in whole fen and dates in range', () => {
    const problems = broken((h, fail) => {
      for (const fen of [h.yearlyIncomeFen, h.debtFen])
        if (!Number.isSafeInteger(fen) || fen < 0) fail(`amount ${fen}`);
      if ((h.debtNote === null) !== (h.debtFen === 0)) fail('debt without a note');
      if (h.registeredOn < '2014-01-01' || h.registeredOn > '2025-12-31')
        fail(`registered ${h.registeredOn}`);
      if (h.familyDoctorSignedOn && h.familyDoctorSignedOn > TODAY) fail('doctor signed later');
    });
    expect(problems).toEqual([]);
    expect(share((h) => h.debtFen > 0)).toBeGreaterThan(0.15);
  });

  it('fills in the village, contacts, names and residence type', () => {
    const problems = broken((h, fail) => {
      const village = villageById.get(h.unitId)!;
      if (h.unitPath !== village.path) fail('unit path');
      if (!h.address.startsWith(`${village.districtName}${village.townName}`))
        fail(`address ${h.address}`);
      if (h.residenceType !== (/社区|居委/.test(village.name) ? 'URBAN' : 'RURAL'))
        fail(`${h.residenceType} in ${village.name}`);
      if (h.searchNames !== h.members.map((m) => m.name).join(' ')) fail('search names');
      if (h.contacts[0]?.kind !== 'ASSOCIATION_WORKER') fail('no association worker');
      if (!['VILLAGE_CADRE', 'VILLAGE_DOCTOR'].includes(h.contacts[1]?.kind ?? ''))
        fail('no village cadre or doctor');
      for (const m of h.members) if (!/^[\u4e00-\u9fa5]{2,3}$/.test(m.name)) fail(m.name);
      for (const phone of [h.phone, ...h.members.map((m) => m.phone)])
        if (phone && !/^1[35789]\d{9}$/.test(phone)) fail(`phone ${phone}`);
    });
    expect(problems).toEqual([]);
    // Households of one village share their village cadre.
    const cadres = new Set(
      households
        .filter((h) => h.unitId === villages[1]!.id)
        .flatMap((h) => h.contacts.filter((c) => c.kind === 'VILLAGE_CADRE').map((c) => c.name)),
    );
    expect(cadres.size).toBe(1);
  });

  it('shortens committee names to the village or community', () => {
    expect(villageShortName('王家庄村民委员会')).toBe('王家庄村');
    expect(villageShortName('北丈八丘村村民委员会')).toBe('北丈八丘村');
    expect(villageShortName('方家庄村村民委会')).toBe('方家庄村');
    expect(villageShortName('东升社区居民委员会')).toBe('东升社区');
    expect(villageShortName('东风居委会')).toBe('东风社区');
    expect(villageShortName('红旗嘎查委会')).toBe('红旗嘎查');
    expect(villageShortName('南门社区')).toBe('南门社区');
  });
});

import type { DataSource } from 'typeorm';
import {
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  todayInShanghai,
  validateHousehold,
  validateIdNumber,
  type HouseholdFields,
} from '@nuanxin/shared';
import { requirePermission } from '../../core/access.js';
import type { Caller } from '../../core/context.js';
import { DataGate, scopeOf, type ScopedTx } from '../../core/data-gate.js';
import { isUniqueViolation } from '../../core/db-errors.js';
import { AppError, badInput, conflict, notFound } from '../../core/errors.js';
import type { AuditService, Changes } from '../audit/audit.service.js';
import { Unit } from '../units/unit.entity.js';
import { checkVersion, isUuid } from '../units/unit.service.js';
import {
  Assessment,
  Household,
  HouseholdCategoryChange,
  HouseholdContact,
  HouseholdMember,
} from './household.entity.js';
import type {
  CloseHouseholdInput,
  CreateHouseholdInput,
  HouseholdInput,
  MemberInput,
  RecordAssessmentInput,
  TransferHouseholdInput,
  UpdateHouseholdInput,
} from './household.inputs.js';

const HOUSEHOLD_FIELDS = [
  'category',
  'address',
  'phone',
  'residenceType',
  'livingArrangement',
  'incomeSources',
  'yearlyIncomeFen',
  'debtFen',
  'debtNote',
  'hardshipLevel',
  'biggestDifficulty',
  'needs',
  'elderCareWish',
  'wishes',
  'familyDoctorName',
  'familyDoctorPhone',
  'familyDoctorSignedOn',
  'tags',
  'registeredOn',
] as const satisfies readonly (keyof Household & keyof HouseholdInput)[];

const MEMBER_FIELDS = [
  'relation',
  'name',
  'sex',
  'ethnicity',
  'idNumber',
  'birthDate',
  'birthdayCalendar',
  'phone',
  'maritalStatus',
  'healthStatus',
  'chronicDiseases',
  'mentalState',
  'hobbies',
  'hasPension',
  'hasMedicalInsurance',
  'usesSmartphone',
  'usesWechat',
  'isDeceased',
  'deathDate',
  'causeOfDeath',
  'disabilityType',
  'disabilityGrade',
  'note',
] as const satisfies readonly (keyof HouseholdMember & keyof MemberInput)[];

/** Changes worth keeping in a file's history; ID numbers and phones are logged masked. */
const SENSITIVE = new Set(['idNumber', 'phone', 'familyDoctorPhone']);
const logged = (field: string, value: unknown) =>
  SENSITIVE.has(field) && typeof value === 'string' && value
    ? `…${value.slice(-4)}`
    : (value ?? null);

const trimmed = (v: string | null | undefined) => (v == null ? null : v.trim() || null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Writes to household files: create, edit, transfer, close, and assessments. One transaction each. */
export class HouseholdCommands {
  private readonly gate: DataGate;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.gate = new DataGate(dataSource);
  }

  /** Checks the form with the shared rules and turns the first violation into BAD_USER_INPUT. */
  private validate(input: HouseholdInput): void {
    const violations = validateHousehold(input as HouseholdFields);
    const first = violations[0];
    if (first) {
      throw new AppError('BAD_USER_INPUT', first.message, {
        field: `input.${first.field}`,
        reason: first.reason,
        violations: violations.map((v) => ({ ...v, field: `input.${v.field}` })),
      });
    }
  }

  private async village(tx: ScopedTx, unitId: string, field: string): Promise<Unit> {
    const unit = isUuid(unitId)
      ? await tx
          .restrict(
            tx.manager.createQueryBuilder(Unit, 'u').where('u.id = :id', { id: unitId }),
            'u',
          )
          .getOne()
      : null;
    if (!unit) throw notFound('Unit');
    if (unit.kind !== 'VILLAGE') throw badInput(field, 'NOT_A_VILLAGE', '户档须建在村（居）一级');
    if (!unit.isActive) throw badInput(field, 'UNIT_INACTIVE', '该单位已停用');
    return unit;
  }

  private async loadForUpdate(tx: ScopedTx, id: string): Promise<Household> {
    const household = isUuid(id)
      ? await tx
          .restrict(
            tx.manager
              .createQueryBuilder(Household, 'h')
              .where('h.id = :id', { id })
              .setLock('pessimistic_write'),
            'h',
            'unit_path',
          )
          .getOne()
      : null;
    if (!household) throw notFound('Household');
    return household;
  }

  /**
   * One ID number may be in only one active file. The other file is named by its unit only when
   * the caller may see that unit; otherwise the answer says no more than "in another file".
   */
  private async checkIdNumbersFree(
    tx: ScopedTx,
    members: MemberInput[],
    exceptHouseholdId: string | null,
  ): Promise<void> {
    const numbers = members.map((m) => (m.idNumber ? normalizeIdNumber(m.idNumber) : null));
    const wanted = numbers.filter((n): n is string => !!n);
    if (!wanted.length) return;
    const taken: {
      id_number: string;
      household_id: string;
      unit_path: string;
      unit_name: string;
    }[] = await tx.manager.query(`SELECT * FROM nuanxin_active_id_numbers($1, $2)`, [
      wanted,
      exceptHouseholdId,
    ]);
    // The first member of the form whose number is taken (the lookup's row order is undefined).
    const index = numbers.findIndex((n) => n !== null && taken.some((t) => t.id_number === n));
    const hit = taken.find((t) => t.id_number === numbers[index]);
    if (!hit) return;
    const visible = tx.covers(hit.unit_path);
    throw conflict(
      visible ? `该身份证号已在${hit.unit_name}的另一户档中` : '该身份证号已在另一户档中',
      {
        field: `input.members.${index}.idNumber`,
        reason: 'ID_NUMBER_IN_ANOTHER_FILE',
        ...(visible ? { otherHouseholdId: hit.household_id, otherUnitName: hit.unit_name } : {}),
      },
    );
  }

  private householdValues(input: HouseholdInput): Partial<Household> {
    return {
      category: input.category,
      address: input.address.trim(),
      phone: trimmed(input.phone),
      residenceType: input.residenceType,
      livingArrangement: input.livingArrangement,
      incomeSources: [...new Set(input.incomeSources ?? [])],
      yearlyIncomeFen: input.yearlyIncomeFen ?? null,
      debtFen: input.debtFen ?? null,
      debtNote: trimmed(input.debtNote),
      hardshipLevel: input.hardshipLevel,
      biggestDifficulty: trimmed(input.biggestDifficulty),
      needs: [...new Set(input.needs ?? [])],
      elderCareWish: input.elderCareWish ?? null,
      wishes: trimmed(input.wishes),
      familyDoctorName: trimmed(input.familyDoctorName),
      familyDoctorPhone: trimmed(input.familyDoctorPhone),
      familyDoctorSignedOn: input.familyDoctorSignedOn || null,
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      registeredOn: input.registeredOn,
      searchNames: input.members.map((m) => m.name.trim()).join(' '),
    };
  }

  private memberValues(
    m: MemberInput,
    householdId: string,
    sortOrder: number,
  ): Partial<HouseholdMember> {
    const id = m.idNumber ? validateIdNumber(m.idNumber) : null;
    return {
      householdId,
      relation: m.relation,
      name: m.name.trim(),
      sex: m.sex,
      ethnicity: trimmed(m.ethnicity),
      idNumber: id?.ok ? id.value.normalized : null,
      birthDate: m.birthDate || (id?.ok ? id.value.birthDate : null),
      birthdayCalendar: m.birthdayCalendar ?? 'SOLAR',
      phone: trimmed(m.phone),
      maritalStatus: m.maritalStatus ?? null,
      healthStatus: trimmed(m.healthStatus),
      chronicDiseases: (m.chronicDiseases ?? []).map((d) => d.trim()).filter(Boolean),
      mentalState: trimmed(m.mentalState),
      hobbies: trimmed(m.hobbies),
      hasPension: m.hasPension ?? null,
      hasMedicalInsurance: m.hasMedicalInsurance ?? null,
      usesSmartphone: m.usesSmartphone ?? null,
      usesWechat: m.usesWechat ?? null,
      isDeceased: m.isDeceased ?? false,
      deathDate: m.deathDate || null,
      causeOfDeath: m.causeOfDeath ?? null,
      disabilityType: m.disabilityType ?? null,
      disabilityGrade: m.disabilityGrade ?? null,
      note: trimmed(m.note),
      sortOrder,
    };
  }

  private async writeMembers(
    tx: ScopedTx,
    household: Household,
    members: MemberInput[],
    changes: Changes,
  ): Promise<void> {
    const existing = await tx.manager.find(HouseholdMember, {
      where: { householdId: household.id },
    });
    const byId = new Map(existing.map((m) => [m.id, m]));
    const kept = new Set<string>();
    for (const [i, m] of members.entries()) {
      const values = this.memberValues(m, household.id, i);
      const before = m.id ? byId.get(m.id) : undefined;
      if (m.id && !before)
        throw badInput(`input.members.${i}.id`, 'UNKNOWN_MEMBER', '该成员不属于此户档');
      const label = `members.${values.name}`;
      if (before) {
        kept.add(before.id);
        for (const field of MEMBER_FIELDS) {
          if (!same(before[field], values[field]))
            changes[`${label}.${field}`] = {
              old: logged(field, before[field]),
              new: logged(field, values[field]),
            };
        }
        await tx.manager.update(HouseholdMember, before.id, values);
      } else {
        await tx.manager.insert(HouseholdMember, {
          ...values,
          inActiveFile: household.status === 'ACTIVE',
        });
        changes[label] = { old: null, new: 'added' };
      }
    }
    for (const gone of existing.filter((m) => !kept.has(m.id))) {
      await tx.manager.delete(HouseholdMember, gone.id);
      changes[`members.${gone.name}`] = { old: 'present', new: 'removed' };
    }
  }

  private async writeContacts(
    tx: ScopedTx,
    householdId: string,
    input: HouseholdInput,
    changes: Changes,
  ): Promise<void> {
    const before = await tx.manager.find(HouseholdContact, {
      where: { householdId },
      order: { sortOrder: 'ASC' },
    });
    const next = (input.contacts ?? []).map((c, i) => ({
      householdId,
      kind: c.kind,
      name: c.name.trim(),
      phone: trimmed(c.phone),
      organization: trimmed(c.organization),
      sortOrder: i,
    }));
    const summary = (list: { kind: string; name: string }[]) =>
      list.map((c) => `${c.kind}:${c.name}`);
    if (
      same(summary(before), summary(next)) &&
      same(
        before.map((c) => [c.phone, c.organization]),
        next.map((c) => [c.phone, c.organization]),
      )
    )
      return;
    await tx.manager.delete(HouseholdContact, { householdId });
    if (next.length) await tx.manager.insert(HouseholdContact, next);
    changes.contacts = { old: summary(before), new: summary(next) };
  }

  private async guardUnique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      // The check above and this index agree; the index wins a race between two saves.
      if (isUniqueViolation(err, 'household_member_active_id_number_idx')) {
        throw conflict('该身份证号已在另一户档中', { reason: 'ID_NUMBER_IN_ANOTHER_FILE' });
      }
      throw err;
    }
  }

  /** Opens a household file in a village of the caller's subtree. */
  async create(caller: Caller, input: CreateHouseholdInput): Promise<Household> {
    requirePermission(caller.actor, 'data.write');
    this.validate(input);
    return this.gate.run(scopeOf(caller.actor), (tx) =>
      this.guardUnique(async () => {
        const unit = await this.village(tx, input.unitId, 'input.unitId');
        await this.checkIdNumbersFree(tx, input.members, null);
        const household = tx.manager.create(Household, {
          ...this.householdValues(input),
          unitId: unit.id,
          unitPath: unit.path,
          status: 'ACTIVE',
        });
        await tx.manager.insert(Household, household);
        const changes: Changes = {};
        for (const field of HOUSEHOLD_FIELDS)
          changes[field] = { old: null, new: logged(field, household[field]) };
        await this.writeMembers(tx, household, input.members, changes);
        await this.writeContacts(tx, household.id, input, changes);
        await tx.manager.insert(HouseholdCategoryChange, {
          householdId: household.id,
          fromCategory: null,
          toCategory: input.category,
          changedOn: input.registeredOn,
          reason: '建档',
          changedBy: actorId(caller),
        });
        await this.audit.record(tx, caller, {
          action: 'household.create',
          entityType: 'Household',
          entityId: household.id,
          unitId: unit.id,
          changes,
        });
        return tx.manager.findOneByOrFail(Household, { id: household.id });
      }),
    );
  }

  /**
   * A form edits a file without revealing its ID numbers and phones: for a stored value, an
   * omitted or still-masked one (as the API shows it) means "keep as stored", so saving never
   * requires an audited reveal, and an API client that may write but not reveal erases nothing.
   */
  private async keepUnrevealed(
    tx: ScopedTx,
    before: Household,
    input: UpdateHouseholdInput,
  ): Promise<void> {
    const unchanged = (
      sent: string | null | undefined,
      stored: string | null,
      mask: (v: string) => string,
    ) =>
      stored !== null &&
      (sent === undefined || (sent !== null && sent.includes('*') && sent === mask(stored)));
    if (unchanged(input.phone, before.phone, maskPhone)) input.phone = before.phone;
    const members = await tx.manager.find(HouseholdMember, { where: { householdId: before.id } });
    const byId = new Map(members.map((m) => [m.id, m]));
    for (const m of input.members) {
      const stored = m.id ? byId.get(m.id) : undefined;
      if (!stored) continue;
      if (unchanged(m.idNumber, stored.idNumber, maskIdNumber)) m.idNumber = stored.idNumber;
      if (unchanged(m.phone, stored.phone, maskPhone)) m.phone = stored.phone;
    }
  }

  /** Saves an edited file; a stale `version` is a CONFLICT and overwrites nothing. */
  async update(caller: Caller, input: UpdateHouseholdInput): Promise<Household> {
    requirePermission(caller.actor, 'data.write');
    return this.gate.run(scopeOf(caller.actor), (tx) =>
      this.guardUnique(async () => {
        const before = await this.loadForUpdate(tx, input.id);
        checkVersion(before, input.version);
        if (before.status === 'CLOSED')
          throw conflict('已注销的户档不能修改', { reason: 'HOUSEHOLD_CLOSED' });
        await this.keepUnrevealed(tx, before, input);
        this.validate(input);
        await this.checkIdNumbersFree(tx, input.members, before.id);
        const values = this.householdValues(input);
        const changes: Changes = {};
        for (const field of HOUSEHOLD_FIELDS) {
          if (!same(before[field], values[field]))
            changes[field] = {
              old: logged(field, before[field]),
              new: logged(field, values[field]),
            };
        }
        await this.writeMembers(tx, before, input.members, changes);
        await this.writeContacts(tx, before.id, input, changes);
        if (before.category !== input.category) {
          await tx.manager.insert(HouseholdCategoryChange, {
            householdId: before.id,
            fromCategory: before.category,
            toCategory: input.category,
            changedOn: todayInShanghai(),
            reason: trimmed(input.categoryChangeReason),
            changedBy: actorId(caller),
          });
        }
        if (Object.keys(changes).length === 0) return before;
        await tx.manager.update(Household, before.id, {
          ...values,
          version: before.version + 1,
          updatedAt: new Date(),
        });
        await this.audit.record(tx, caller, {
          action: 'household.update',
          entityType: 'Household',
          entityId: before.id,
          unitId: before.unitId,
          changes,
        });
        return tx.manager.findOneByOrFail(Household, { id: before.id });
      }),
    );
  }

  /** Moves a file to another village in the caller's subtree; its whole history goes with it. */
  async transfer(caller: Caller, input: TransferHouseholdInput): Promise<Household> {
    requirePermission(caller.actor, 'data.write');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const before = await this.loadForUpdate(tx, input.id);
      checkVersion(before, input.version);
      if (before.status !== 'ACTIVE')
        throw conflict('只能转移在册的户档', { reason: 'HOUSEHOLD_NOT_ACTIVE' });
      const to = await this.village(tx, input.toUnitId, 'input.toUnitId');
      if (to.id === before.unitId) throw badInput('input.toUnitId', 'SAME_UNIT', '户档已在该单位');
      await tx.manager.update(Household, before.id, {
        unitId: to.id,
        unitPath: to.path,
        version: before.version + 1,
        updatedAt: new Date(),
      });
      const changes: Changes = { unitId: { old: before.unitId, new: to.id } };
      // Recorded against both units, so each side's administrators see it in their audit log;
      // the file's own history shows the arrival only.
      for (const [action, unitId] of [
        ['household.transfer_out', before.unitId],
        ['household.transfer', to.id],
      ] as const) {
        await this.audit.record(tx, caller, {
          action,
          entityType: 'Household',
          entityId: before.id,
          unitId,
          changes,
          details: { reason: trimmed(input.reason), toUnitName: to.name },
        });
      }
      return tx.manager.findOneByOrFail(Household, { id: before.id });
    });
  }

  /** Closes a file (or marks it moved out of the area); it stays readable, and its ID numbers free. */
  async close(caller: Caller, input: CloseHouseholdInput): Promise<Household> {
    requirePermission(caller.actor, 'data.write');
    const reason = input.reason.trim();
    if (!reason) throw badInput('input.reason', 'REQUIRED', '请填写注销原因');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.closedOn) || input.closedOn > todayInShanghai()) {
      throw badInput('input.closedOn', 'INVALID_DATE', '注销日期无效或晚于今天');
    }
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const before = await this.loadForUpdate(tx, input.id);
      checkVersion(before, input.version);
      if (before.status !== 'ACTIVE')
        throw conflict('该户档已注销或迁出', { reason: 'HOUSEHOLD_NOT_ACTIVE' });
      const status = input.movedAway ? 'MOVED' : 'CLOSED';
      await tx.manager.update(Household, before.id, {
        status,
        closedOn: input.closedOn,
        closeReason: reason,
        version: before.version + 1,
        updatedAt: new Date(),
      });
      await tx.manager.update(HouseholdMember, { householdId: before.id }, { inActiveFile: false });
      await this.audit.record(tx, caller, {
        action: input.movedAway ? 'household.move_away' : 'household.close',
        entityType: 'Household',
        entityId: before.id,
        unitId: before.unitId,
        changes: {
          status: { old: before.status, new: status },
          closedOn: { old: null, new: input.closedOn },
        },
        details: { reason },
      });
      return tx.manager.findOneByOrFail(Household, { id: before.id });
    });
  }

  /** Records an assessment; if it is the latest, it sets the household's current risk level. */
  async recordAssessment(caller: Caller, input: RecordAssessmentInput): Promise<Assessment> {
    requirePermission(caller.actor, 'data.write');
    for (const scale of [
      'griefTrauma',
      'healing',
      'acceptance',
      'futureAttitude',
      'physicalHealth',
      'mentalHealth',
    ] as const) {
      const v = input[scale];
      if (!Number.isInteger(v) || v < 1 || v > 5)
        throw badInput(`input.${scale}`, 'OUT_OF_RANGE', '评分为1至5分');
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.assessedOn) || input.assessedOn > todayInShanghai()) {
      throw badInput('input.assessedOn', 'INVALID_DATE', '评估日期无效或晚于今天');
    }
    const assessor = input.assessorName.trim();
    if (!assessor || assessor.length > 50)
      throw badInput('input.assessorName', 'REQUIRED', '请填写评估人');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const household = await this.loadForUpdate(tx, input.householdId);
      const assessment = tx.manager.create(Assessment, {
        householdId: household.id,
        assessedOn: input.assessedOn,
        assessorName: assessor,
        assessorAccountId: caller.actor.kind === 'account' ? caller.actor.accountId : null,
        griefTrauma: input.griefTrauma,
        healing: input.healing,
        acceptance: input.acceptance,
        futureAttitude: input.futureAttitude,
        physicalHealth: input.physicalHealth,
        mentalHealth: input.mentalHealth,
        riskLevel: input.riskLevel,
        needs: [...new Set(input.needs ?? [])],
        notes: trimmed(input.notes),
      });
      await tx.manager.insert(Assessment, assessment);
      if (!household.lastAssessedOn || input.assessedOn >= household.lastAssessedOn) {
        await tx.manager.update(Household, household.id, {
          riskLevel: input.riskLevel,
          lastAssessedOn: input.assessedOn,
          updatedAt: new Date(),
        });
      }
      await this.audit.record(tx, caller, {
        action: 'assessment.create',
        entityType: 'Household',
        entityId: household.id,
        unitId: household.unitId,
        changes: { riskLevel: { old: household.riskLevel, new: input.riskLevel } },
        details: { assessmentId: assessment.id, assessedOn: input.assessedOn },
      });
      return tx.manager.findOneByOrFail(Assessment, { id: assessment.id });
    });
  }
}

const actorId = (caller: Caller) =>
  caller.actor.kind === 'account' ? caller.actor.accountId : caller.actor.clientId;

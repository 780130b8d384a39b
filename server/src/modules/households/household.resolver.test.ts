import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckDigit } from '@nuanxin/shared';
import { asSystem } from '../../test/factories.js';
import { errorCode, type GraphQLTestClient } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { buildWorld, signIn, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Household } from './household.entity.js';

let server: TestServer;
let world: World;
let workerA: GraphQLTestClient;
let serial = 0;

/** A valid ID number of 钢城区 (370117) for the given birth date and sex, unique per call. */
function idNumber(birthDate: string, sex: 'MALE' | 'FEMALE'): string {
  serial += 1;
  const seq = String(serial % 500).padStart(3, '0');
  const last = Number(seq[2]);
  const adjusted = seq.slice(0, 2) + String(sex === 'MALE' ? last | 1 : last & ~1);
  const first17 = `370117${birthDate.replaceAll('-', '')}${adjusted}`;
  return first17 + idNumberCheckDigit(first17);
}

/** A complete bereaved family: two parents and a child who died of illness. */
function householdInput(unitId: string, overrides: Record<string, unknown> = {}) {
  const father = {
    relation: 'FATHER',
    name: '王建国',
    sex: 'MALE',
    idNumber: idNumber('1952-03-14', 'MALE'),
    phone: '13905341234',
  };
  const mother = {
    relation: 'MOTHER',
    name: '李秀英',
    sex: 'FEMALE',
    idNumber: idNumber('1955-07-08', 'FEMALE'),
  };
  const child = {
    relation: 'CHILD',
    name: '王磊',
    sex: 'MALE',
    birthDate: '1980-01-01',
    isDeceased: true,
    deathDate: '2012-06-01',
    causeOfDeath: 'ILLNESS',
  };
  return {
    unitId,
    category: 'BEREAVED',
    address: '钢城区艾山街道3组12号',
    residenceType: 'RURAL',
    livingArrangement: 'WITH_SPOUSE',
    hardshipLevel: 'HARDSHIP',
    yearlyIncomeFen: 1_800_000,
    registeredOn: '2018-05-29',
    members: [father, mother, child],
    contacts: [{ kind: 'ASSOCIATION_WORKER', name: '张晓梅', phone: '13800001111' }],
    ...overrides,
  };
}

const CREATE = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) {
  id fileNumber version status category riskLevel unit { id name }
  members { id relation name sex birthDate age idNumber phone isDeceased }
} }`;

type Created = {
  id: string;
  fileNumber: string;
  version: number;
  members: { id: string; name: string; idNumber: string | null; birthDate: string; age: number }[];
};

async function create(client: GraphQLTestClient, input: Record<string, unknown>): Promise<Created> {
  return (await client.ok<{ createHousehold: Created }>(CREATE, { i: input })).createHousehold;
}

const countHouseholds = () => asSystem(server.dataSource, (m) => m.count(Household));

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server);
  workerA = await signIn(server, world.workerA);
});
afterAll(() => server.close());

describe('opening a household file', () => {
  it('saves two parents and a deceased child, masks ID numbers and phones, and records the history', async () => {
    const input = householdInput(world.villageA.id);
    const h = await create(workerA, input);
    expect(h.fileNumber).toMatch(/^HH\d{8}$/);
    expect(h.members.map((m) => m.name)).toEqual(['王建国', '李秀英', '王磊']);
    const father = h.members[0]!;
    expect(father.birthDate).toBe('1952-03-14'); // derived from the ID number
    expect(father.idNumber).toMatch(/^3701\*{10}\d{3}[\dX]$/);
    expect(father.idNumber).not.toBe((input.members[0] as { idNumber: string }).idNumber);
    expect(h.members[2]!.age).toBe(32); // at death

    const entries = await asSystem(server.dataSource, (m) =>
      m.find(AuditEntry, { where: { entityId: h.id } }),
    );
    expect(entries.map((e) => e.action)).toEqual(['household.create']);
    expect(JSON.stringify(entries[0]!.changes)).not.toContain(
      (input.members[0] as { idNumber: string }).idNumber,
    );
  });

  it('refuses a wrong check digit with the field path and a Chinese reason, and saves nothing', async () => {
    const before = await countHouseholds();
    const input = householdInput(world.villageA.id);
    const bad = input.members[0] as { idNumber: string };
    bad.idNumber = bad.idNumber.slice(0, 17) + (bad.idNumber.endsWith('0') ? '1' : '0');
    const res = await workerA.request(CREATE, { i: input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field: 'input.members.0.idNumber',
      reason: 'CHECKSUM',
    });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countHouseholds()).toBe(before);
  });

  it('refuses a 15-digit number and a death before birth', async () => {
    const old = householdInput(world.villageA.id);
    (old.members[0] as { idNumber: string }).idNumber = '370117520314001';
    expect((await workerA.request(CREATE, { i: old })).errors?.[0]?.extensions).toMatchObject({
      reason: 'OLD_15_DIGIT',
    });
    const dead = householdInput(world.villageA.id);
    (dead.members[2] as { deathDate: string }).deathDate = '1970-01-01';
    expect((await workerA.request(CREATE, { i: dead })).errors?.[0]?.extensions).toMatchObject({
      field: 'input.members.2.deathDate',
      reason: 'BEFORE_BIRTH',
    });
  });

  it('keeps one ID number in one active file, naming the other unit only when visible', async () => {
    const first = householdInput(world.villageA.id);
    await create(workerA, first);
    const again = householdInput(world.villageA.id, { members: first.members });
    const res = await workerA.request(CREATE, { i: again });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field: 'input.members.0.idNumber',
      reason: 'ID_NUMBER_IN_ANOTHER_FILE',
      otherUnitName: world.villageA.name,
    });

    const workerB = await signIn(server, world.workerB);
    const fromB = await workerB.request(CREATE, {
      i: householdInput(world.villageB.id, { members: first.members }),
    });
    expect(errorCode(fromB)).toBe('CONFLICT');
    expect(fromB.errors?.[0]?.extensions?.otherUnitName).toBeUndefined();
    expect(JSON.stringify(fromB.errors)).not.toContain(world.villageA.name);
  });

  it('only opens files in a village of the subtree', async () => {
    expect(errorCode(await workerA.request(CREATE, { i: householdInput(world.villageB.id) }))).toBe(
      'NOT_FOUND',
    );
    const town = await workerA.request(CREATE, { i: householdInput(world.townA.id) });
    expect(town.errors?.[0]?.extensions).toMatchObject({
      field: 'input.unitId',
      reason: 'NOT_A_VILLAGE',
    });
    const viewer = await signIn(server, world.viewerA);
    expect(errorCode(await viewer.request(CREATE, { i: householdInput(world.villageA.id) }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('editing a file', () => {
  const UPDATE = `mutation($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { version address hardshipLevel } }`;

  it('saves with the current version, refuses a stale one, and shows the change in the history', async () => {
    const input = householdInput(world.villageA.id);
    const h = await create(workerA, input);
    const { unitId: _unit, ...fields } = input;
    const members = input.members.map((m, i) => ({ ...m, id: h.members[i]!.id }));
    const saved = await workerA.ok<{ updateHousehold: { version: number; address: string } }>(
      UPDATE,
      {
        i: {
          ...fields,
          members,
          id: h.id,
          version: h.version,
          address: '钢城区艾山街道新址8号',
          hardshipLevel: 'ORDINARY',
        },
      },
    );
    expect(saved.updateHousehold).toMatchObject({
      version: h.version + 1,
      address: '钢城区艾山街道新址8号',
    });

    // A second worker still holds the old version: their save is refused and overwrites nothing.
    const stale = await workerA.request(UPDATE, {
      i: { ...fields, members, id: h.id, version: h.version, address: '旧地址' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');

    const history = await workerA.ok<{
      household: {
        address: string;
        history: {
          nodes: {
            action: string;
            actorName: string;
            changes: Record<string, { old: unknown; new: unknown }>;
          }[];
        };
      };
    }>(
      `query($id: ID!) { household(id: $id) { address history { nodes { action actorName changes } } } }`,
      { id: h.id },
    );
    expect(history.household.address).toBe('钢城区艾山街道新址8号');
    const update = history.household.history.nodes[0]!;
    expect(update.action).toBe('household.update');
    expect(update.actorName).toBe('艾山社工');
    expect(update.changes).toMatchObject({
      address: { old: '钢城区艾山街道3组12号', new: '钢城区艾山街道新址8号' },
      hardshipLevel: { old: 'HARDSHIP', new: 'ORDINARY' },
    });
  });
});

describe('saving without revealing', () => {
  it('keeps stored ID numbers and phones that come back omitted or still masked, with no reveal', async () => {
    const input = householdInput(world.villageA.id);
    const h = await create(workerA, input);
    const { unitId: _unit, ...fields } = input;
    // The form sends what it was shown: masked numbers, or none at all.
    const members = input.members.map((m, i) => {
      const { idNumber: _id, phone: _phone, ...rest } = m as Record<string, unknown>;
      return i === 0
        ? { ...rest, id: h.members[i]!.id, idNumber: h.members[0]!.idNumber, phone: '139****1234' }
        : { ...rest, id: h.members[i]!.id };
    });
    await workerA.ok(
      `mutation($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { version } }`,
      {
        i: { ...fields, members, id: h.id, version: h.version, address: '钢城区艾山街道改址1号' },
      },
    );
    const stored = await asSystem(server.dataSource, (m) =>
      m.query(
        `SELECT name, id_number, phone FROM household_member WHERE household_id = $1 ORDER BY sort_order`,
        [h.id],
      ),
    );
    expect(stored[0]).toMatchObject({
      id_number: (input.members[0] as { idNumber: string }).idNumber,
      phone: '13905341234',
    });
    expect(stored[1].id_number).toBe((input.members[1] as { idNumber: string }).idNumber);
    const reveals = await asSystem(server.dataSource, (m) =>
      m.count(AuditEntry, { where: { entityId: h.id, action: 'household.reveal' } }),
    );
    expect(reveals).toBe(0);
  });
});

describe('transfer, close and reveal', () => {
  it('moves a file to another town with its history; the old town no longer sees it', async () => {
    const h = await create(workerA, householdInput(world.villageA.id));
    const district = await signIn(server, world.districtAdmin);
    await district.ok(
      `mutation($i: TransferHouseholdInput!) { transferHousehold(input: $i) { id } }`,
      {
        i: { id: h.id, version: h.version, toUnitId: world.villageB.id, reason: '随亲属迁居' },
      },
    );
    expect(
      errorCode(
        await workerA.request(`query($id: ID!) { household(id: $id) { id } }`, { id: h.id }),
      ),
    ).toBe('NOT_FOUND');
    const workerB = await signIn(server, world.workerB);
    const seen = await workerB.ok<{
      household: { unit: { id: string }; history: { nodes: { action: string }[] } };
    }>(`query($id: ID!) { household(id: $id) { unit { id } history { nodes { action } } } }`, {
      id: h.id,
    });
    expect(seen.household.unit.id).toBe(world.villageB.id);
    expect(seen.household.history.nodes.map((n) => n.action)).toEqual([
      'household.transfer',
      'household.create',
    ]);
  });

  it('closes a file: it stays readable and its ID numbers may open a new file', async () => {
    const input = householdInput(world.villageA.id);
    const h = await create(workerA, input);
    const closed = await workerA.ok<{ closeHousehold: { status: string; closedOn: string } }>(
      `mutation($i: CloseHouseholdInput!) { closeHousehold(input: $i) { status closedOn } }`,
      { i: { id: h.id, version: h.version, closedOn: '2026-11-01', reason: '夫妇均已去世' } },
    );
    expect(closed.closeHousehold).toEqual({ status: 'CLOSED', closedOn: '2026-11-01' });
    const read = await workerA.ok<{ household: { status: string } }>(
      `query($id: ID!) { household(id: $id) { status } }`,
      { id: h.id },
    );
    expect(read.household.status).toBe('CLOSED');
    await create(workerA, householdInput(world.villageA.id, { members: input.members }));
  });

  it('reveals an ID number to a case worker and audits it; a viewer may not', async () => {
    const input = householdInput(world.villageA.id);
    const h = await create(workerA, input);
    const REVEAL = `query($id: ID!) { household(id: $id) { members { idNumber(reveal: true) } } }`;
    const revealed = await workerA.ok<{ household: { members: { idNumber: string }[] } }>(REVEAL, {
      id: h.id,
    });
    expect(revealed.household.members[0]!.idNumber).toBe(
      (input.members[0] as { idNumber: string }).idNumber,
    );
    const entries = await asSystem(server.dataSource, (m) =>
      m.find(AuditEntry, { where: { entityId: h.id, action: 'household.reveal' } }),
    );
    expect(entries).toHaveLength(2); // two members have ID numbers
    expect(entries[0]!.actorId).toBe(world.workerA.id);

    const viewer = await signIn(server, world.viewerA);
    const refused = await viewer.request(REVEAL, { id: h.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const masked = await viewer.ok<{ household: { members: { idNumber: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { idNumber } } }`,
      { id: h.id },
    );
    expect(masked.household.members[0]!.idNumber).toContain('**********');
  });
});

describe('when units move', () => {
  it('keeps the households of a moved village in scope of their new town', async () => {
    const h = await create(workerA, householdInput(world.villageA.id));
    const district = await signIn(server, world.districtAdmin);
    const village = await district.ok<{ createUnit: { id: string; version: number } }>(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id version } }`,
      { i: { parentId: world.townA.id, name: '搬迁村', kind: 'VILLAGE' } },
    );
    const moved = await create(workerA, householdInput(village.createUnit.id));
    await district.ok(`mutation($i: MoveUnitInput!) { moveUnit(input: $i) { id } }`, {
      i: {
        id: village.createUnit.id,
        version: village.createUnit.version,
        newParentId: world.townB.id,
      },
    });
    const workerB = await signIn(server, world.workerB);
    expect(
      (
        await workerB.ok<{ household: { id: string } }>(
          `query($id: ID!) { household(id: $id) { id } }`,
          { id: moved.id },
        )
      ).household.id,
    ).toBe(moved.id);
    expect(
      errorCode(
        await workerA.request(`query($id: ID!) { household(id: $id) { id } }`, { id: moved.id }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await workerA.ok<{ household: { id: string } }>(
          `query($id: ID!) { household(id: $id) { id } }`,
          { id: h.id },
        )
      ).household.id,
    ).toBe(h.id);
  });
});

describe('assessments', () => {
  it("sets the household's risk level from the latest assessment only", async () => {
    const h = await create(workerA, householdInput(world.villageA.id));
    const RECORD = `mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id riskLevel } }`;
    const scales = {
      griefTrauma: 4,
      healing: 2,
      acceptance: 2,
      futureAttitude: 2,
      physicalHealth: 3,
      mentalHealth: 2,
    };
    await workerA.ok(RECORD, {
      i: {
        householdId: h.id,
        assessedOn: '2026-10-01',
        assessorName: '张晓梅',
        riskLevel: 'HIGH',
        ...scales,
      },
    });
    await workerA.ok(RECORD, {
      i: {
        householdId: h.id,
        assessedOn: '2025-10-01',
        assessorName: '张晓梅',
        riskLevel: 'LOW',
        ...scales,
      },
    });
    const read = await workerA.ok<{
      household: {
        riskLevel: string;
        latestAssessment: { assessedOn: string };
        assessments: unknown[];
      };
    }>(
      `query($id: ID!) { household(id: $id) { riskLevel latestAssessment { assessedOn } assessments { id } } }`,
      { id: h.id },
    );
    expect(read.household).toMatchObject({
      riskLevel: 'HIGH',
      latestAssessment: { assessedOn: '2026-10-01' },
    });
    expect(read.household.assessments).toHaveLength(2);
    const out = await workerA.request(RECORD, {
      i: {
        householdId: h.id,
        assessedOn: '2026-10-01',
        assessorName: '张',
        riskLevel: 'LOW',
        ...scales,
        healing: 6,
      },
    });
    expect(out.errors?.[0]?.extensions).toMatchObject({
      field: 'input.healing',
      reason: 'OUT_OF_RANGE',
    });
  });
});

describe('the household list', () => {
  const LIST = `query($f: HouseholdFilter, $first: Int, $after: String, $sort: HouseholdSort) {
    households(filter: $f, first: $first, after: $after, sort: $sort) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id fileNumber category riskLevel unit { name } members { name relation idNumber } latestAssessment { riskLevel } }
    }
  }`;
  type Page = {
    households: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { id: string; fileNumber: string; members: { name: string }[] }[];
    };
  };

  beforeAll(async () => {
    // Enough files for two pages of 100 in town A (and some in town B, which A must never see).
    for (let i = 0; i < 105; i++) {
      const input = householdInput(world.villageA.id, {
        hardshipLevel: i % 3 === 0 ? 'HARDSHIP' : 'ORDINARY',
      });
      (input.members[2] as { name: string }).name = `测试子女${i}`;
      await create(workerA, input);
    }
    const workerB = await signIn(server, world.workerB);
    for (let i = 0; i < 3; i++) await create(workerB, householdInput(world.villageB.id));
  });

  it('pages through every file of the subtree in a stable order without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: Page = await workerA.ok(LIST, { first: 40, after, sort: 'REGISTERED_ON_DESC' });
      total = page.households.totalCount;
      seen.push(...page.households.nodes.map((n) => n.id));
      after = page.households.pageInfo.hasNextPage ? page.households.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const inScope = await asSystem(server.dataSource, (m) =>
      m.query(
        `SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE' AND unit_path LIKE (SELECT path FROM unit WHERE id = $1) || '%'`,
        [world.townA.id],
      ),
    );
    expect(total).toBe(inScope[0].n);
  });

  it('filters by hardship and finds a file by part of a name', async () => {
    const hardship: Page = await workerA.ok(LIST, {
      first: 200,
      f: { hardshipLevels: ['HARDSHIP'] },
    });
    const all: Page = await workerA.ok(LIST, { first: 200 });
    expect(hardship.households.totalCount).toBeGreaterThan(0);
    expect(hardship.households.totalCount).toBeLessThan(all.households.totalCount);
    const found: Page = await workerA.ok(LIST, { first: 10, f: { search: '子女10' } });
    expect(found.households.nodes.flatMap((n) => n.members.map((m) => m.name))).toContain(
      '测试子女10',
    );
    expect(found.households.totalCount).toBe(6); // 测试子女10 and 测试子女100 to 测试子女104
  });

  it('filters by the age of a living parent', async () => {
    const seventies: Page = await workerA.ok(LIST, {
      first: 1,
      f: { minParentAge: 70, maxParentAge: 79 },
    });
    const nineties: Page = await workerA.ok(LIST, { first: 1, f: { minParentAge: 90 } });
    expect(seventies.households.totalCount).toBeGreaterThan(0); // the father was born in 1952 (74)
    expect(nineties.households.totalCount).toBe(0);
  });

  it('costs the same number of SQL statements for a page of 1 as for a page of 100', async () => {
    server.resetQueryLog();
    await workerA.ok(LIST, { first: 1 });
    const forOne = server.queryLog.length;
    server.resetQueryLog();
    const page: Page = await workerA.ok(LIST, { first: 100 });
    const forHundred = server.queryLog.length;
    expect(page.households.nodes).toHaveLength(100);
    expect(forHundred).toBe(forOne);
  });
});

import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { Account } from '../modules/accounts/account.entity.js';
import { verifyPassword } from '../modules/auth/password-hasher.js';
import { Unit } from '../modules/units/unit.entity.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { asSystem } from '../test/factories.js';
import { bootstrap } from './bootstrap.js';

let db: TestDatabase;
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url });
  await ds.initialize();
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
});

describe('first start on an empty database', () => {
  it('creates the root unit and one admin, once, even when two servers start together', async () => {
    const results = await Promise.all([
      bootstrap(ds, 'Admin-Password-1'),
      bootstrap(ds, 'Admin-Password-1'),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const units = await asSystem(ds, (m) => m.find(Unit));
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ name: '全国', kind: 'NATIONAL', depth: 0, parentId: null });
    expect(units[0]!.path).toBe(`/${units[0]!.seq}/`);

    const admins = await asSystem(ds, (m) => m.find(Account));
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({
      username: 'admin',
      roles: ['SYSTEM_ADMIN'],
      unitId: units[0]!.id,
    });
    expect(admins[0]!.mustChangePassword).toBe(false);
    expect(await verifyPassword(admins[0]!.passwordHash, 'Admin-Password-1')).toBe(true);

    expect(await bootstrap(ds)).toEqual({ created: false });
  });

  it('generates a strong password when ADMIN_PASSWORD is unset, and asks for a change', async () => {
    const other = await createTestDatabase();
    const ds2 = createDataSource({ url: other.url });
    await ds2.initialize();
    try {
      const result = await bootstrap(ds2);
      if (!result.created) throw new Error('expected the admin to be created');
      expect(result.generatedPassword).toMatch(/^[\w-]{18,}$/);
      const admin = await asSystem(ds2, (m) => m.findOneByOrFail(Account, { username: 'admin' }));
      expect(admin.mustChangePassword).toBe(true);
      expect(await verifyPassword(admin.passwordHash, result.generatedPassword!)).toBe(true);
    } finally {
      await ds2.destroy();
      await other.drop();
    }
  });
});

describe('the unit tree', () => {
  it('derives each unit path and depth from its parent', async () => {
    const [root] = await ds.getRepository(Unit).find({ where: { depth: 0 } });
    const units = ds.getRepository(Unit);
    const city = units.create({ name: '济南市', kind: 'CITY', parentId: root!.id, code: '370100' });
    await units.insert(city);
    const district = units.create({
      name: '钢城区',
      kind: 'DISTRICT',
      parentId: city.id,
      code: '370117',
    });
    await units.insert(district);
    const stored = await units.findOneByOrFail({ id: district.id });
    const storedCity = await units.findOneByOrFail({ id: city.id });
    expect(stored.depth).toBe(2);
    expect(stored.path).toBe(`${root!.path}${storedCity.seq}/${stored.seq}/`);
  });
});

import type { DataSource } from 'typeorm';
import { requirePermission } from '../../core/access.js';
import type { Caller } from '../../core/context.js';
import { DataGate, scopeOf, type ScopedTx } from '../../core/data-gate.js';
import { conflict, notFound } from '../../core/errors.js';
import { decodeCursor, toConnection, type Connection } from '../../core/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { API_CLIENT_SECRET_PREFIX, hashToken, newToken } from '../auth/tokens.js';
import { Unit } from '../units/unit.entity.js';
import { isUuid } from '../units/unit.service.js';
import { ApiClient, ApiClientScope } from './api-client.entity.js';

/** Credentials for third-party systems: created by administrators, shown once, revocable. */
export class ApiClientService {
  private readonly gate: DataGate;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.gate = new DataGate(dataSource);
  }

  private async load(tx: ScopedTx, id: string): Promise<ApiClient> {
    const client = isUuid(id)
      ? await tx
          .restrict(
            tx.manager
              .createQueryBuilder(ApiClient, 'c')
              .innerJoinAndSelect('c.unit', 'u')
              .where('c.id = :id', { id }),
            'u',
          )
          .getOne()
      : null;
    if (!client) throw notFound('ApiClient');
    return client;
  }

  /** The API clients of the caller's subtree, newest first. */
  async list(caller: Caller, first: number, after?: string | null): Promise<Connection<ApiClient>> {
    requirePermission(caller.actor, 'apiClients.manage');
    const cursor = decodeCursor(after);
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const qb = tx.restrict(
        tx.manager.createQueryBuilder(ApiClient, 'c').innerJoinAndSelect('c.unit', 'u'),
        'u',
      );
      const totalCount = await qb.getCount();
      if (cursor)
        qb.andWhere('(c.created_at, c.id) < (:at::timestamptz, :id)', {
          at: cursor[0],
          id: cursor[1],
        });
      const rows = await qb
        .orderBy('c.created_at', 'DESC')
        .addOrderBy('c.id', 'DESC')
        .take(first + 1)
        .getMany();
      return toConnection(rows, first, totalCount, (c) => [c.createdAt.toISOString(), c.id]);
    });
  }

  /** Creates a client bound to a unit; the secret is returned this once and only its digest kept. */
  async create(
    caller: Caller,
    input: { name: string; unitId: string; scope: ApiClientScope },
  ): Promise<{ client: ApiClient; secret: string }> {
    requirePermission(caller.actor, 'apiClients.manage');
    // A read-only caller cannot mint a credential that writes.
    if (input.scope === ApiClientScope.read_write) requirePermission(caller.actor, 'data.write');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const unit = isUuid(input.unitId)
        ? await tx
            .restrict(
              tx.manager.createQueryBuilder(Unit, 'u').where('u.id = :id', { id: input.unitId }),
              'u',
            )
            .getOne()
        : null;
      if (!unit) throw notFound('Unit');
      const secret = newToken(API_CLIENT_SECRET_PREFIX);
      const client = tx.manager.create(ApiClient, {
        name: input.name.trim(),
        unitId: unit.id,
        scope: input.scope,
        secretHash: hashToken(secret),
        secretHint: secret.slice(-4),
        createdBy: caller.actor.kind === 'account' ? caller.actor.accountId : null,
      });
      await tx.manager.insert(ApiClient, client);
      const created = await this.load(tx, client.id);
      await this.audit.record(tx, caller, {
        action: 'apiClient.create',
        entityType: 'ApiClient',
        entityId: created.id,
        unitId: created.unitId,
        details: { name: created.name, scope: created.scope },
      });
      return { client: created, secret };
    });
  }

  /** Revokes a client: its secret stops working at once. */
  async revoke(caller: Caller, id: string): Promise<ApiClient> {
    requirePermission(caller.actor, 'apiClients.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const client = await this.load(tx, id);
      if (client.revokedAt)
        throw conflict('This API client is already revoked', { reason: 'ALREADY_REVOKED' });
      await tx.manager.update(ApiClient, id, {
        revokedAt: new Date(),
        version: client.version + 1,
      });
      await this.audit.record(tx, caller, {
        action: 'apiClient.revoke',
        entityType: 'ApiClient',
        entityId: id,
        unitId: client.unitId,
      });
      return this.load(tx, id);
    });
  }
}

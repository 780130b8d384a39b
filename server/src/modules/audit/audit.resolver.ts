import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { callerOf, type Context } from '../../core/context.js';
import { ConnectionType, PageArgs } from '../../core/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');
type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'e.g. auth.login_failed' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Account, Unit, ApiClient' })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The account or API client that acted' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive' })
  to?: Date | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEntryConnection, {
    description: 'The audit log of your subtree, newest first (administrators).',
  })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    return ctx.services.audit.list(callerOf(ctx), filter ?? {}, page.first, page.after);
  }
}

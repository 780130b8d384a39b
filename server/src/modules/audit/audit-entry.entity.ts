import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of the append-only audit log (DOMAIN.md section 11). */
@ObjectType({ description: 'Who did what, when, from where, to which record (审计日志)' })
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryColumn({
    type: 'bigint',
    insert: false,
    transformer: { to: (v) => v, from: (v) => String(v) },
  })
  id: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', insert: false })
  at: Date;

  @Field(() => String, { description: 'account, apiClient, system or anonymous' })
  @Column({ type: 'varchar', length: 20 })
  actorKind: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit the record belongs to' })
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Field(() => String, {
    description: 'e.g. account.create, auth.login, auth.login_failed, unit.move',
  })
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  entityType: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Changed fields: { field: { old, new } }',
  })
  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, { old: unknown; new: unknown }> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;
}

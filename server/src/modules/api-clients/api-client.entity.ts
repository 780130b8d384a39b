import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';

export enum ApiClientScope {
  read = 'read',
  read_write = 'read_write',
}
registerEnumType(ApiClientScope, {
  name: 'ApiClientScope',
  description: 'read, or read and write',
});

/** A third-party system's credential, bound to a unit's subtree (DOMAIN.md section 2). */
@ObjectType({ description: 'A machine credential for a third-party system (API 客户端)' })
@Entity({ name: 'api_client' })
export class ApiClient {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => Unit)
  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<Unit>;

  @Field(() => ApiClientScope)
  @Column({ type: 'varchar', length: 20 })
  scope: ApiClientScope;

  @Column({ type: 'char', length: 64 })
  secretHash: string;

  @Field(() => String, { description: 'The last characters of the secret, to tell secrets apart' })
  @Column({ type: 'varchar', length: 12 })
  secretHint: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', insert: false })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}

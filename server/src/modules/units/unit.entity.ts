import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UnitKind } from '@nuanxin/shared';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Level or kind of a unit in the tree (全国/省/市/区县/功能区/驻地企业/镇街/村居)',
});

/**
 * An organisational unit (组织机构). `path` is the materialized path of unit sequence numbers
 * (`/1/23/456/`), so "everything under X" is one indexed prefix match.
 */
@ObjectType({
  description: 'An organisational unit (组织机构): province, city, district, town, village...',
})
@Entity({ name: 'unit' })
export class Unit {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({
    type: 'bigint',
    insert: false,
    update: false,
    transformer: { to: (v) => v, from: (v) => Number(v) },
  })
  seq: number;

  @Field(() => String, {
    nullable: true,
    description: 'Division or statistical code (GB/T 2260, 9/12 digits)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  code: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => UnitKind)
  @Column({ type: 'varchar', length: 20 })
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  /** Set by the `unit_set_path` trigger on insert. */
  @Column({ type: 'text', insert: false })
  path: string;

  @Field(() => Int, { description: '0 for the root (全国)' })
  @Column({ type: 'smallint', insert: false })
  depth: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  sortOrder: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is a CONFLICT' })
  @VersionColumn({ type: 'integer' })
  version: number;
}

import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Role } from '@nuanxin/shared';
import { Unit } from '../units/unit.entity.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do (see DOMAIN.md section 2)',
});

/** A person's account (账号). It belongs to one unit and sees exactly that unit's subtree. */
@ObjectType({ description: "A signed-in person's account (账号)." })
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => Unit)
  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<Unit>;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles: Role[];

  /** argon2id PHC string; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => Boolean, {
    description: 'An administrator set the password: it must be changed now',
  })
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  failedSignIns: number;

  @Field(() => Date, { nullable: true, description: 'Set after too many failed sign-ins' })
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn({ type: 'integer' })
  version: number;
}

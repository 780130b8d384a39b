import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  BirthdayCalendar,
  CauseOfDeath,
  ContactKind,
  DisabilityType,
  ElderCareWish,
  FamilyCategory,
  HardshipLevel,
  HouseholdStatus,
  IncomeSource,
  LivingArrangement,
  MaritalStatus,
  MemberRelation,
  Need,
  ResidenceType,
  RiskLevel,
  Sex,
} from '@nuanxin/shared';
import * as E from '@nuanxin/shared';
import './household.enums.js';

const bigintAsNumber = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v == null ? null : Number(v)),
};

/** A household file (一户一档). Sensitive fields (phones) are resolved with masking. */
@ObjectType({ description: 'A household file (一户一档)' })
@Entity({ name: 'household' })
export class Household {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String, { description: '户档编号, assigned on creation' })
  @Column({ type: 'varchar', length: 20, insert: false, update: false })
  fileNumber: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'text' })
  unitPath: string;

  @Field(() => E.FamilyCategory)
  @Column({ type: 'varchar', length: 20 })
  category: FamilyCategory;

  @Field(() => E.HouseholdStatus)
  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: HouseholdStatus;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => E.ResidenceType)
  @Column({ type: 'varchar', length: 10 })
  residenceType: ResidenceType;

  @Field(() => E.LivingArrangement)
  @Column({ type: 'varchar', length: 20 })
  livingArrangement: LivingArrangement;

  @Field(() => [E.IncomeSource])
  @Column({ type: 'text', array: true, default: '{}' })
  incomeSources: IncomeSource[];

  @Field(() => Int, { nullable: true, description: 'Yearly income in fen (1 yuan = 100 fen)' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  yearlyIncomeFen: number | null;

  @Field(() => Int, { nullable: true, description: 'Debts in fen' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  debtFen: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  debtNote: string | null;

  @Field(() => E.HardshipLevel)
  @Column({ type: 'varchar', length: 10 })
  hardshipLevel: HardshipLevel;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  biggestDifficulty: string | null;

  @Field(() => [E.Need])
  @Column({ type: 'text', array: true, default: '{}' })
  needs: Need[];

  @Field(() => E.ElderCareWish, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  elderCareWish: ElderCareWish | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  wishes: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  familyDoctorName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  familyDoctorPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  familyDoctorSignedOn: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Field(() => String)
  @Column({ type: 'date' })
  registeredOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  closeReason: string | null;

  @Field(() => E.RiskLevel, {
    nullable: true,
    description: 'The risk level of the latest assessment',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  riskLevel: RiskLevel | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  lastAssessedOn: string | null;

  @Column({ type: 'text', default: '' })
  searchNames: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz', insert: false })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is a CONFLICT' })
  @Column({ type: 'integer', default: 1 })
  version: number;
}

/** A person in a household file: a parent, the child, a grandchild or another member. */
@ObjectType({ description: 'A person in a household file (家庭成员、子女、第三代)' })
@Entity({ name: 'household_member' })
export class HouseholdMember {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @Field(() => E.MemberRelation)
  @Column({ type: 'varchar', length: 20 })
  relation: MemberRelation;

  @Field(() => String)
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => E.Sex)
  @Column({ type: 'varchar', length: 10 })
  sex: Sex;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  ethnicity: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => E.BirthdayCalendar)
  @Column({ type: 'varchar', length: 10, default: 'SOLAR' })
  birthdayCalendar: BirthdayCalendar;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => E.MaritalStatus, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  maritalStatus: MaritalStatus | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  healthStatus: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  chronicDiseases: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  mentalState: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  hobbies: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  hasPension: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  hasMedicalInsurance: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  usesSmartphone: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  usesWechat: boolean | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isDeceased: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  deathDate: string | null;

  @Field(() => E.CauseOfDeath, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  causeOfDeath: CauseOfDeath | null;

  @Field(() => E.DisabilityType, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  disabilityType: DisabilityType | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  disabilityGrade: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'smallint', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  inActiveFile: boolean;
}

@ObjectType({ description: 'A named contact person of a household (联系人)' })
@Entity({ name: 'household_contact' })
export class HouseholdContact {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @Field(() => E.ContactKind)
  @Column({ type: 'varchar', length: 30 })
  kind: ContactKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  organization: string | null;

  @Column({ type: 'smallint', default: 0 })
  sortOrder: number;
}

@ObjectType({ description: 'A dated assessment by a named worker (评估); the latest is current' })
@Entity({ name: 'assessment' })
export class Assessment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  householdId: string;

  @Field(() => String)
  @Column({ type: 'date' })
  assessedOn: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 50 })
  assessorName: string;

  @Column({ type: 'uuid', nullable: true })
  assessorAccountId: string | null;

  @Field(() => Int, { description: 'Degree of grief trauma, 1 (slight) to 5 (severe)' })
  @Column({ type: 'smallint' })
  griefTrauma: number;

  @Field(() => Int, { description: 'Degree of healing, 1 (little) to 5 (much)' })
  @Column({ type: 'smallint' })
  healing: number;

  @Field(() => Int, { description: 'Degree of acceptance, 1 (little) to 5 (full)' })
  @Column({ type: 'smallint' })
  acceptance: number;

  @Field(() => Int, { description: 'Attitude toward the future, 1 (negative) to 5 (positive)' })
  @Column({ type: 'smallint' })
  futureAttitude: number;

  @Field(() => Int, { description: 'Physical health, 1 (poor) to 5 (good)' })
  @Column({ type: 'smallint' })
  physicalHealth: number;

  @Field(() => Int, { description: 'Mental health, 1 (poor) to 5 (good)' })
  @Column({ type: 'smallint' })
  mentalHealth: number;

  @Field(() => E.RiskLevel)
  @Column({ type: 'varchar', length: 10 })
  riskLevel: RiskLevel;

  @Field(() => [E.Need])
  @Column({ type: 'text', array: true, default: '{}' })
  needs: Need[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}

@ObjectType({ description: 'A change of family category, with its date and reason' })
@Entity({ name: 'household_category_change' })
export class HouseholdCategoryChange {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @Field(() => E.FamilyCategory, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromCategory: FamilyCategory | null;

  @Field(() => E.FamilyCategory)
  @Column({ type: 'varchar', length: 20 })
  toCategory: FamilyCategory;

  @Field(() => String)
  @Column({ type: 'date' })
  changedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}

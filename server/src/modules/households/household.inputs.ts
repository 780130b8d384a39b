import { Field, ID, InputType, Int } from 'type-graphql';
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

// Rules (required fields, dates, ID numbers, amounts) are checked by `validateHousehold` in
// shared/, the same function the form runs, so they are not repeated here as decorators.

@InputType({ description: 'A person in the file; `id` identifies an existing one on update' })
export class MemberInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => E.MemberRelation) relation: MemberRelation;
  @Field(() => String) name: string;
  @Field(() => E.Sex) sex: Sex;
  @Field(() => String, { nullable: true }) ethnicity?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '18 characters (GB 11643); a lower-case x is accepted',
  })
  idNumber?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; derived from the ID number when omitted',
  })
  birthDate?: string | null;
  @Field(() => E.BirthdayCalendar, { nullable: true }) birthdayCalendar?: BirthdayCalendar | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => E.MaritalStatus, { nullable: true }) maritalStatus?: MaritalStatus | null;
  @Field(() => String, { nullable: true }) healthStatus?: string | null;
  @Field(() => [String], { nullable: true }) chronicDiseases?: string[] | null;
  @Field(() => String, { nullable: true }) mentalState?: string | null;
  @Field(() => String, { nullable: true }) hobbies?: string | null;
  @Field(() => Boolean, { nullable: true }) hasPension?: boolean | null;
  @Field(() => Boolean, { nullable: true }) hasMedicalInsurance?: boolean | null;
  @Field(() => Boolean, { nullable: true }) usesSmartphone?: boolean | null;
  @Field(() => Boolean, { nullable: true }) usesWechat?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isDeceased?: boolean | null;
  @Field(() => String, { nullable: true }) deathDate?: string | null;
  @Field(() => E.CauseOfDeath, { nullable: true }) causeOfDeath?: CauseOfDeath | null;
  @Field(() => E.DisabilityType, { nullable: true }) disabilityType?: DisabilityType | null;
  @Field(() => Int, { nullable: true, description: '1 to 4 (the project covers grades 1 to 3)' })
  disabilityGrade?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ContactInput {
  @Field(() => E.ContactKind) kind: ContactKind;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) organization?: string | null;
}

/** The household form: every field of the file except its unit and version. */
@InputType()
export class HouseholdInput {
  @Field(() => E.FamilyCategory) category: FamilyCategory;
  @Field(() => String) address: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => E.ResidenceType) residenceType: ResidenceType;
  @Field(() => E.LivingArrangement) livingArrangement: LivingArrangement;
  @Field(() => [E.IncomeSource], { nullable: true }) incomeSources?: IncomeSource[] | null;
  @Field(() => Int, { nullable: true, description: 'Fen' }) yearlyIncomeFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'Fen' }) debtFen?: number | null;
  @Field(() => String, { nullable: true }) debtNote?: string | null;
  @Field(() => E.HardshipLevel) hardshipLevel: HardshipLevel;
  @Field(() => String, { nullable: true }) biggestDifficulty?: string | null;
  @Field(() => [E.Need], { nullable: true }) needs?: Need[] | null;
  @Field(() => E.ElderCareWish, { nullable: true }) elderCareWish?: ElderCareWish | null;
  @Field(() => String, { nullable: true }) wishes?: string | null;
  @Field(() => String, { nullable: true }) familyDoctorName?: string | null;
  @Field(() => String, { nullable: true }) familyDoctorPhone?: string | null;
  @Field(() => String, { nullable: true }) familyDoctorSignedOn?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) registeredOn: string;
  @Field(() => [MemberInput]) members: MemberInput[];
  @Field(() => [ContactInput], { nullable: true }) contacts?: ContactInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the category changed (kept in its history)',
  })
  categoryChangeReason?: string | null;
}

@InputType()
export class CreateHouseholdInput extends HouseholdInput {
  @Field(() => ID, { description: 'The village or community (村居) the household belongs to' })
  unitId: string;
}

@InputType()
export class UpdateHouseholdInput extends HouseholdInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you edited' }) version: number;
}

@InputType()
export class TransferHouseholdInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => ID, { description: 'The receiving village or community' }) toUnitId: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class CloseHouseholdInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { description: 'YYYY-MM-DD' }) closedOn: string;
  @Field(() => String) reason: string;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Moved out of the area (MOVED) rather than closed',
  })
  movedAway: boolean;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) householdId: string;
  @Field(() => String) assessedOn: string;
  @Field(() => String) assessorName: string;
  @Field(() => Int) griefTrauma: number;
  @Field(() => Int) healing: number;
  @Field(() => Int) acceptance: number;
  @Field(() => Int) futureAttitude: number;
  @Field(() => Int) physicalHealth: number;
  @Field(() => Int) mentalHealth: number;
  @Field(() => E.RiskLevel) riskLevel: RiskLevel;
  @Field(() => [E.Need], { nullable: true }) needs?: Need[] | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: 'Household list filters; every one is limited to your subtree' })
export class HouseholdFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Households of this unit and the units under it',
  })
  unitId?: string | null;
  @Field(() => [E.FamilyCategory], { nullable: true }) categories?: FamilyCategory[] | null;
  @Field(() => [E.HardshipLevel], { nullable: true }) hardshipLevels?: HardshipLevel[] | null;
  @Field(() => [E.ResidenceType], { nullable: true }) residenceTypes?: ResidenceType[] | null;
  @Field(() => [E.RiskLevel], { nullable: true }) riskLevels?: RiskLevel[] | null;
  @Field(() => [E.HouseholdStatus], { nullable: true, description: 'Default: ACTIVE only' })
  statuses?: HouseholdStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'A living parent at least this old' })
  minParentAge?: number | null;
  @Field(() => Int, { nullable: true, description: 'A living parent at most this old' })
  maxParentAge?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'A parent lives alone' }) livingAlone?:
    boolean | null;
  @Field(() => String, {
    nullable: true,
    description: "Part of a member's name, or the file number",
  })
  search?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

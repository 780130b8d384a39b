import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { ageOn, maskIdNumber, maskPhone, todayInShanghai } from '@nuanxin/shared';
import { callerOf, loaderOf, type Context } from '../../core/context.js';
import { ConnectionType, PageArgs } from '../../core/pagination.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Unit } from '../units/unit.entity.js';
import {
  Assessment,
  Household,
  HouseholdCategoryChange,
  HouseholdContact,
  HouseholdMember,
} from './household.entity.js';
import {
  CloseHouseholdInput,
  CreateHouseholdInput,
  HouseholdFilter,
  RecordAssessmentInput,
  TransferHouseholdInput,
  UpdateHouseholdInput,
} from './household.inputs.js';
import type { HouseholdSort } from './household.service.js';

enum HouseholdSortOrder {
  FILE_NUMBER = 'FILE_NUMBER',
  REGISTERED_ON_DESC = 'REGISTERED_ON_DESC',
  RISK = 'RISK',
}
registerEnumType(HouseholdSortOrder, {
  name: 'HouseholdSort',
  description: 'Stable orders for the household list',
});

const HouseholdConnection = ConnectionType(Household, 'Household');
type HouseholdConnection = InstanceType<typeof HouseholdConnection>;
const HistoryConnection = ConnectionType(AuditEntry, 'HouseholdHistory');
type HistoryConnection = InstanceType<typeof HistoryConnection>;

const REVEAL_DESCRIPTION = 'Unmasked, if your role allows it; every reveal is audited';

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => Household, {
    description: 'A household file in your subtree (NOT_FOUND otherwise).',
  })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Household> {
    return ctx.services.households.get(callerOf(ctx), id);
  }

  @Authorized()
  @Query(() => HouseholdConnection, {
    description: 'Household files in your subtree, filtered, in a stable order.',
  })
  households(
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter: HouseholdFilter | null,
    @Arg('sort', () => HouseholdSortOrder, { defaultValue: HouseholdSortOrder.FILE_NUMBER })
    sort: HouseholdSortOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<HouseholdConnection> {
    return ctx.services.households.list(
      callerOf(ctx),
      filter ?? {},
      sort as HouseholdSort,
      page.first,
      page.after,
    );
  }

  @Authorized()
  @Mutation(() => Household, { description: 'Open a household file in a village of your subtree.' })
  createHousehold(
    @Arg('input', () => CreateHouseholdInput) input: CreateHouseholdInput,
    @Ctx() ctx: Context,
  ): Promise<Household> {
    return ctx.services.householdCommands.create(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Household, {
    description: 'Save an edited file; send the version you edited (stale: CONFLICT).',
  })
  updateHousehold(
    @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput,
    @Ctx() ctx: Context,
  ): Promise<Household> {
    return ctx.services.householdCommands.update(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Household, {
    description: 'Move a file to another village; its history goes with it.',
  })
  transferHousehold(
    @Arg('input', () => TransferHouseholdInput) input: TransferHouseholdInput,
    @Ctx() ctx: Context,
  ): Promise<Household> {
    return ctx.services.householdCommands.transfer(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Household, {
    description: 'Close a file (or mark it moved away); it stays readable.',
  })
  closeHousehold(
    @Arg('input', () => CloseHouseholdInput) input: CloseHouseholdInput,
    @Ctx() ctx: Context,
  ): Promise<Household> {
    return ctx.services.householdCommands.close(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Assessment, {
    description: "Record an assessment; the latest sets the household's risk level.",
  })
  recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return ctx.services.householdCommands.recordAssessment(callerOf(ctx), input);
  }

  @FieldResolver(() => Unit, { description: 'The village or community' })
  unit(@Root() h: Household, @Ctx() ctx: Context): Promise<Unit> {
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'household.unit', (ids) =>
      ctx.services.households.unitsOf(caller, ids),
    ).load(h.unitId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Household phone, masked. ${REVEAL_DESCRIPTION}`,
  })
  async phone(
    @Root() h: Household,
    @Arg('reveal', () => Boolean, { defaultValue: false }) reveal: boolean,
    @Ctx() ctx: Context,
  ) {
    if (!h.phone) return null;
    if (!reveal) return maskPhone(h.phone);
    await ctx.services.households.reveal(callerOf(ctx), h.id, 'phone', null);
    return h.phone;
  }

  @FieldResolver(() => [HouseholdMember])
  members(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdMember[]> {
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'household.members', (ids) =>
      ctx.services.households.membersOf(caller, ids),
    ).load(h.id);
  }

  @FieldResolver(() => [HouseholdContact])
  contacts(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdContact[]> {
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'household.contacts', (ids) =>
      ctx.services.households.contactsOf(caller, ids),
    ).load(h.id);
  }

  @FieldResolver(() => [Assessment], { description: 'Newest first' })
  assessments(@Root() h: Household, @Ctx() ctx: Context): Promise<Assessment[]> {
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'household.assessments', (ids) =>
      ctx.services.households.assessmentsOf(caller, ids),
    ).load(h.id);
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The current assessment' })
  async latestAssessment(@Root() h: Household, @Ctx() ctx: Context): Promise<Assessment | null> {
    return (await this.assessments(h, ctx))[0] ?? null;
  }

  @FieldResolver(() => [HouseholdCategoryChange], {
    description: 'Oldest first, from the registration',
  })
  categoryChanges(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdCategoryChange[]> {
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'household.categoryChanges', (ids) =>
      ctx.services.households.categoryChangesOf(caller, ids),
    ).load(h.id);
  }

  @FieldResolver(() => HistoryConnection, {
    description: 'Every change to the file (field, old, new, who, when), newest first',
  })
  history(
    @Root() h: Household,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<HistoryConnection> {
    return ctx.services.households.history(callerOf(ctx), h.id, page.first, page.after);
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: `National ID number, masked (3701**********123X). ${REVEAL_DESCRIPTION}`,
  })
  async idNumber(
    @Root() m: HouseholdMember,
    @Arg('reveal', () => Boolean, { defaultValue: false }) reveal: boolean,
    @Ctx() ctx: Context,
  ) {
    if (!m.idNumber) return null;
    if (!reveal) return maskIdNumber(m.idNumber);
    await ctx.services.households.reveal(callerOf(ctx), m.householdId, 'idNumber', m.id);
    return m.idNumber;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Phone, masked. ${REVEAL_DESCRIPTION}`,
  })
  async phone(
    @Root() m: HouseholdMember,
    @Arg('reveal', () => Boolean, { defaultValue: false }) reveal: boolean,
    @Ctx() ctx: Context,
  ) {
    if (!m.phone) return null;
    if (!reveal) return maskPhone(m.phone);
    await ctx.services.households.reveal(callerOf(ctx), m.householdId, 'phone', m.id);
    return m.phone;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Age in whole years today (at death, if deceased)',
  })
  age(@Root() m: HouseholdMember): number | null {
    if (!m.birthDate) return null;
    return ageOn(m.birthDate, m.isDeceased && m.deathDate ? m.deathDate : todayInShanghai());
  }
}

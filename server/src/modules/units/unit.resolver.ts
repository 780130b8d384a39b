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
  Resolver,
  Root,
} from 'type-graphql';
import { callerOf, loaderOf, type Context } from '../../core/context.js';
import { PageArgs } from '../../core/pagination.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, MoveUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';
import { UnitConnection } from './unit.types.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => Unit, { description: 'A unit in your subtree (NOT_FOUND otherwise).' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit> {
    return ctx.services.units.get(callerOf(ctx), id);
  }

  @Authorized()
  @Query(() => UnitConnection, {
    description:
      'Children of `filter.parentId`, units whose name matches `filter.search`, or your own unit.',
  })
  units(
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<UnitConnection> {
    return ctx.services.units.list(
      callerOf(ctx),
      filter ?? { includeInactive: false },
      page.first,
      page.after,
    );
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Null at the top of your subtree' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    if (!unit.parentId) return Promise.resolve(null);
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'unit', (ids) => ctx.services.units.getMany(caller, ids)).load(
      unit.parentId,
    ) as Promise<Unit | null>;
  }

  @FieldResolver(() => Int, { description: 'Active units directly under this one' })
  childCount(@Root() unit: Unit, @Ctx() ctx: Context): Promise<number> {
    const caller = callerOf(ctx);
    return loaderOf(ctx, 'unit.childCount', (ids) =>
      ctx.services.units.childCounts(caller, ids),
    ).load(unit.id);
  }

  @Authorized()
  @Mutation(() => Unit, {
    description: 'Create a unit (e.g. a functional zone or enterprise) under one in your subtree.',
  })
  createUnit(
    @Arg('input', () => CreateUnitInput) input: CreateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.units.create(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Unit, { description: 'Rename a unit, or change its code or order.' })
  updateUnit(
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.units.update(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Unit, { description: 'Move a unit with its whole subtree under another unit.' })
  moveUnit(
    @Arg('input', () => MoveUnitInput) input: MoveUnitInput,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.units.move(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Unit, {
    description: 'Deactivate a unit and its subtree (refused while active accounts remain).',
  })
  deactivateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.units.setActive(callerOf(ctx), id, version, false);
  }

  @Authorized()
  @Mutation(() => Unit, { description: 'Reactivate a unit (its parent must be active).' })
  reactivateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.units.setActive(callerOf(ctx), id, version, true);
  }
}

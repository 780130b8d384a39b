import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { callerOf, type Context } from '../../core/context.js';
import { ConnectionType, PageArgs } from '../../core/pagination.js';
import { Account } from './account.entity.js';
import { AccountFilter, CreateAccountInput, UpdateAccountInput } from './account.inputs.js';

const AccountConnection = ConnectionType(Account, 'Account');
type AccountConnection = InstanceType<typeof AccountConnection>;

@Resolver(() => Account)
export class AccountResolver {
  @Authorized()
  @Query(() => Account, { description: 'An account in your subtree (administrators).' })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.accounts.get(callerOf(ctx), id);
  }

  @Authorized()
  @Query(() => AccountConnection, {
    description: 'Accounts in your subtree, by username (administrators).',
  })
  accounts(
    @Arg('filter', () => AccountFilter, { nullable: true }) filter: AccountFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountConnection> {
    return ctx.services.accounts.list(callerOf(ctx), filter ?? {}, page.first, page.after);
  }

  @Authorized()
  @Mutation(() => Account, {
    description: 'Create an account; its password must be changed at first sign-in.',
  })
  createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    return ctx.services.accounts.create(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Account, { description: "Change an account's name, phone, unit or roles." })
  updateAccount(
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    return ctx.services.accounts.update(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => Account, {
    description: 'Disable an account: it cannot sign in and its sessions end.',
  })
  disableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.accounts.setActive(callerOf(ctx), id, false);
  }

  @Authorized()
  @Mutation(() => Account, { description: 'Enable a disabled account (and lift a lockout).' })
  enableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.accounts.setActive(callerOf(ctx), id, true);
  }

  @Authorized()
  @Mutation(() => Account, {
    description: 'Set a new password, to be changed at next sign-in; sessions end.',
  })
  resetAccountPassword(
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    return ctx.services.accounts.resetPassword(callerOf(ctx), id, newPassword);
  }
}

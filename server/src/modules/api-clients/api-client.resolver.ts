import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { Length } from 'class-validator';
import { callerOf, type Context } from '../../core/context.js';
import { ConnectionType, PageArgs } from '../../core/pagination.js';
import { ApiClient, ApiClientScope } from './api-client.entity.js';

const ApiClientConnection = ConnectionType(ApiClient, 'ApiClient');
type ApiClientConnection = InstanceType<typeof ApiClientConnection>;

@InputType()
export class CreateApiClientInput {
  @Field(() => String)
  @Length(1, 100)
  name: string;

  @Field(() => ID, { description: 'The client sees exactly this unit and its subtree' })
  unitId: string;

  @Field(() => ApiClientScope)
  scope: ApiClientScope;
}

@ObjectType()
export class CreateApiClientPayload {
  @Field(() => ApiClient)
  client: ApiClient;

  @Field(() => String, {
    description: 'Shown only now: send it as `Authorization: Bearer <secret>`',
  })
  secret: string;
}

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Authorized()
  @Query(() => ApiClientConnection, {
    description: 'API clients of your subtree (administrators).',
  })
  apiClients(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ApiClientConnection> {
    return ctx.services.apiClients.list(callerOf(ctx), page.first, page.after);
  }

  @Authorized()
  @Mutation(() => CreateApiClientPayload, {
    description: 'Create an API client; the secret is shown once.',
  })
  createApiClient(
    @Arg('input', () => CreateApiClientInput) input: CreateApiClientInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiClientPayload> {
    return ctx.services.apiClients.create(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => ApiClient, {
    description: 'Revoke an API client: its secret stops working at once.',
  })
  revokeApiClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiClient> {
    return ctx.services.apiClients.revoke(callerOf(ctx), id);
  }
}

import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';

@ObjectType()
export class LoginPayload {
  @Field(() => String, {
    description:
      'Bearer token for `Authorization: Bearer <token>`; the SPA uses the cookie instead.',
  })
  token: string;

  @Field(() => Date, {
    description: 'When the session ends unless it is used before then (idle expiry).',
  })
  expiresAt: Date;

  @Field(() => Account)
  user: Account;
}

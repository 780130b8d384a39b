import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { Role } from '@nuanxin/shared';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/;
const USERNAME_MESSAGE = 'Usernames are 3 to 64 letters, digits, dots, dashes or underscores';
const PHONE = /^[0-9+\- ]{5,20}$/;

@InputType()
export class AccountFilter {
  @Field(() => ID, { nullable: true, description: 'Accounts of this unit and the units under it' })
  unitId?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name' })
  @IsOptional()
  @Length(1, 50)
  search?: string | null;
}

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  @Matches(USERNAME, { message: USERNAME_MESSAGE })
  username: string;

  @Field(() => String)
  @Length(1, 100)
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'A phone number has 5 to 20 digits' })
  phone?: string | null;

  @Field(() => ID)
  unitId: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  roles: Role[];

  @Field(() => String, {
    description: 'Initial password; the person must change it at first sign-in',
  })
  password: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'A phone number has 5 to 20 digits' })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  roles?: Role[] | null;
}

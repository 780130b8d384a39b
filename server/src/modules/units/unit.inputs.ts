import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { UnitKind } from '@nuanxin/shared';

@InputType()
export class UnitFilter {
  @Field(() => ID, { nullable: true, description: 'Children of this unit; omitted: your own unit' })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Units in your subtree whose name contains this',
  })
  @IsOptional()
  @Length(1, 50)
  search?: string | null;

  @Field(() => [UnitKind], { nullable: true })
  kinds?: UnitKind[] | null;

  @Field(() => Boolean, { defaultValue: false })
  includeInactive: boolean;
}

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  parentId: string;

  @Field(() => String)
  @Length(1, 100)
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => String, { nullable: true, description: 'Division or statistical code: digits only' })
  @IsOptional()
  @Matches(/^\d{2,20}$/, { message: 'The code must be 2 to 20 digits' })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one on the server is a CONFLICT',
  })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2,20}$/, { message: 'The code must be 2 to 20 digits' })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number | null;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { description: 'The new parent; the unit moves with its whole subtree' })
  newParentId: string;
}

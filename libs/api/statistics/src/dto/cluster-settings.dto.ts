import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FIGURE_IDS } from '../figures';
import type { FigureId } from '../figures';
import { LocalizedTextDto, MAX_YEAR, MIN_YEAR } from './statistics.dto';

export const MAX_TARGETS = 500;
export const MAX_MAPPINGS = 500;

export class ClusterTargetDto {
  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ enum: FIGURE_IDS, enumName: 'StatisticsFigure' })
  figure!: FigureId;

  @ApiProperty({ example: 120, description: "In the figure's unit (a share as 0–1)" })
  target!: number;
}

export class SetTargetDto {
  @ApiProperty({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2026 })
  @IsInt({ message: 'year must be a whole year' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @ApiProperty({ enum: FIGURE_IDS, enumName: 'StatisticsFigure' })
  @IsIn(FIGURE_IDS, { message: `figure must be one of: ${FIGURE_IDS.join(', ')}` })
  figure!: FigureId;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    example: 120,
    description: "In the figure's unit (a share as 0–1); null removes the target",
  })
  @ValidateIf((_object: unknown, value: unknown) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'target must be a number or null' })
  @Min(0)
  target!: number | null;
}

export class SetTargetsDto {
  @ApiProperty({ type: [SetTargetDto], maxItems: MAX_TARGETS })
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => SetTargetDto)
  targets!: SetTargetDto[];
}

export class ClusterTargetsDto {
  @ApiProperty({ format: 'uuid' })
  clusterId!: string;

  @ApiProperty({ type: [ClusterTargetDto], description: 'Every target of the cluster, by year and figure' })
  targets!: ClusterTargetDto[];
}

export class StrengthIndustryInputDto {
  @ApiProperty({ maxLength: 100, example: 'Vindenergi', description: "One of the cluster's strength areas" })
  @IsString()
  @Length(1, 100)
  strengthArea!: string;

  @ApiProperty({
    maxLength: 10,
    example: '28',
    description: 'DB07: a section (C), division (28) or subclass',
  })
  @IsString()
  @Length(1, 10)
  industryCode!: string;
}

export class SetStrengthIndustriesDto {
  @ApiProperty({ type: [StrengthIndustryInputDto], maxItems: MAX_MAPPINGS })
  @IsArray()
  @ArrayMaxSize(MAX_MAPPINGS)
  @ValidateNested({ each: true })
  @Type(() => StrengthIndustryInputDto)
  mappings!: StrengthIndustryInputDto[];
}

export class StrengthIndustryDto {
  @ApiProperty()
  strengthArea!: string;

  @ApiProperty({ description: 'Canonical DB07 code', example: '28' })
  industryCode!: string;

  @ApiProperty({ type: LocalizedTextDto, description: "The code's section or division name" })
  label!: LocalizedTextDto;
}

export class StrengthIndustriesDto {
  @ApiProperty({ format: 'uuid' })
  clusterId!: string;

  @ApiProperty({ type: [String], description: "The cluster's strength areas" })
  strengthAreas!: string[];

  @ApiProperty({ type: [StrengthIndustryDto] })
  mappings!: StrengthIndustryDto[];
}

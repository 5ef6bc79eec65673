import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RECORD_TYPES } from './records';

const FLAG = ['true', 'false', '1', '0'];

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: FLAG, description: 'Validate and resolve, write nothing' })
  @IsOptional()
  @IsIn(FLAG, { message: 'dryRun must be true or false' })
  dryRun?: string;

  @ApiPropertyOptional({ enum: FLAG, description: 'One transaction: any bad line and nothing is imported' })
  @IsOptional()
  @IsIn(FLAG, { message: 'atomic must be true or false' })
  atomic?: string;
}

export const isSet = (flag: string | undefined) => flag === 'true' || flag === '1';

export class ImportLineErrorDto {
  @ApiProperty({ description: 'The line number, from 1' })
  line!: number;

  @ApiPropertyOptional()
  externalId?: string;

  @ApiProperty({ example: 'description: must be 20 to 10000 characters (got 12)' })
  message!: string;
}

export class ImportedRecordDto {
  @ApiProperty({ enum: RECORD_TYPES })
  type!: string;

  @ApiProperty()
  externalId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null in a dry run for a new record',
  })
  id!: string | null;
}

export class ImportReportDto {
  @ApiProperty()
  lines!: number;

  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty()
  failed!: number;

  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty()
  atomic!: boolean;

  @ApiProperty({ description: 'Nothing was written: a dry run, or an atomic import with a bad line' })
  rolledBack!: boolean;

  @ApiProperty({ type: [ImportLineErrorDto] })
  errors!: ImportLineErrorDto[];

  @ApiProperty({ type: [ImportedRecordDto] })
  records!: ImportedRecordDto[];
}

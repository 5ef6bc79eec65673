import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLATFORM_ROLES } from '@videnbro/access';
import type { PlatformRole } from '@videnbro/access';
import { Transform } from 'class-transformer';
import { OptionalNotNull } from '@videnbro/http';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { LOCALES } from '../entities/user.entity';
import type { Locale } from '../entities/user.entity';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'anna@firma.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Anna Sørensen' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'da' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class LoginDto {
  @ApiProperty({ example: 'anna@firma.dk' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateMeDto {
  // Left out: unchanged; null is refused (both columns are required).
  @ApiPropertyOptional({ example: 'Anna Sørensen' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @OptionalNotNull()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true })
  roles!: PlatformRole[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class MeDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;
}

export class SignInDto {
  @ApiProperty({ description: 'Use as `Authorization: Bearer <token>`; the same session as the cookie' })
  accessToken!: string;

  @ApiProperty({ type: UserDto })
  user!: UserDto;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'anna@firma.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

export class NewPasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class EmailChangeDto {
  @ApiProperty({ example: 'anna@nyt-firma.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'newEmail must be a valid email address' })
  @MaxLength(254)
  newEmail!: string;

  @ApiProperty({ description: 'The current password, to confirm' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** The answer to a request whose outcome is mailed, the same whatever happened. */
export class AcceptedDto {
  @ApiProperty()
  message!: string;
}

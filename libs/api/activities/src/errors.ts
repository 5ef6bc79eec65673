import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { FieldErrorDto } from '@videnbro/http';

export function validationFailed(details: FieldErrorDto[]): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', details });
}

export const activityNotFound = () => new NotFoundException('Activity not found');
export const participationNotFound = () => new NotFoundException('Participation not found');
export const fundingRecordNotFound = () => new NotFoundException('Funding record not found');

import { BadRequestException, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import type { FieldErrorDto } from '@videnbro/http';
import type { Organization } from './entities';

export const organizationNotFound = () => new NotFoundException('Organisation not found');

export function validationFailed(details: FieldErrorDto[]): HttpException {
  return new BadRequestException({ message: 'Validation failed', details });
}

/**
 * 409 for a CVR number that is registered already. The details name the organisation that holds it
 * (`existingOrganizationId`), so the web app can offer a request to join it instead.
 */
export function cvrTaken(existing: Pick<Organization, 'id' | 'name' | 'cvr'>): HttpException {
  return new ConflictException({
    message: 'An organisation with this CVR number is already registered: ask to join it instead',
    details: [
      { field: 'cvr', message: `CVR ${existing.cvr} is registered to ${existing.name}` },
      { field: 'existingOrganizationId', message: existing.id },
    ],
  });
}

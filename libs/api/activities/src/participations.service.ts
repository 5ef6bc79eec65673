import {
  ConflictException,
  ForbiddenException,
  HttpStatus,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { checkCvr, CVR_PROBLEM_MESSAGES } from '@videnbro/domain';
import type { ParticipationRole } from '@videnbro/domain';
import { fieldError } from '@videnbro/http';
import type { FieldErrorDto } from '@videnbro/http';
import { Outbox } from '@videnbro/outbox';
import type { EntityManager } from 'typeorm';
import { ActivitiesRepository } from './activities.repository';
import { ActivitiesService } from './activities.service';
import { ActivityAccess } from './activity-access';
import type { CreateParticipationDto, UpdateParticipationDto } from './dto/participation.dto';
import type {
  ImportCommitRequestDto,
  ImportLineDto,
  ImportPreviewDto,
  ImportResultDto,
  ProposedOrganizationDto,
} from './dto/participation-import.dto';
import type { Participation } from './entities';
import type { OrganizationRef } from './entities/refs';
import { activityNotFound, participationNotFound, validationFailed } from './errors';
import { nameKey, ParticipantCsvError, readParticipantCsv } from './participant-csv';
import type { ParticipantLine } from './participant-csv';
import { ParticipationsRepository } from './participations.repository';
import type {
  NewOrganization,
  OrganizationParticipationRow,
  ParticipationRow,
} from './participations.repository';

const AUDITED_FIELDS = ['activityId', 'organizationId', 'role', 'persons'] as const;
/** What the audit log records of an organisation the import creates (as the organisations feature does). */
const ORGANIZATION_FIELDS = ['kind', 'name', 'cvr', 'country', 'website', 'verified'] as const;

/**
 * Who took part in an activity: one row per organisation, added one at a time or from a participant
 * list (CSV) through a review step. Read and changed by who may read and change the activity.
 */
@Injectable()
export class ParticipationsService {
  constructor(
    private readonly participations: ParticipationsRepository,
    private readonly activities: ActivitiesService,
    private readonly activityRepository: ActivitiesRepository,
    private readonly access: ActivityAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async list(caller: Caller, activityId: string): Promise<ParticipationRow[]> {
    await this.activities.requireReadable(await this.access.scopeFor(caller), activityId);
    return this.participations.listOfActivity(activityId);
  }

  /** POST /activities/:id/participations: 409 when the organisation takes part already. */
  async add(caller: Caller, activityId: string, input: CreateParticipationDto): Promise<ParticipationRow> {
    await this.activities.requireEditable(await this.access.scopeFor(caller), activityId);
    const [organization] = await this.participations.findOrganizations([input.organizationId]);
    if (!organization)
      throw fieldError(HttpStatus.NOT_FOUND, 'organizationId', 'No organisation with this id');
    const id = await this.participations.transaction(async (manager) => {
      await this.lockActivity(manager, activityId);
      if ((await this.participations.participating(activityId, [organization.id], manager)).size) {
        throw new ConflictException(`${organization.name} takes part in this activity already`);
      }
      const participation = await this.participations.insert(manager, {
        activityId,
        organizationId: organization.id,
        role: input.role ?? 'participant',
        persons: input.persons ?? 1,
      });
      await this.recordCreated(manager, caller, [participation]);
      return participation.id;
    });
    return this.reload(activityId, id);
  }

  async update(
    caller: Caller,
    activityId: string,
    id: string,
    input: UpdateParticipationDto,
  ): Promise<ParticipationRow> {
    await this.activities.requireEditable(await this.access.scopeFor(caller), activityId);
    await this.participations.transaction(async (manager) => {
      const current = await this.participations.find(activityId, id, manager);
      if (!current) throw participationNotFound();
      const after = { role: input.role ?? current.role, persons: input.persons ?? current.persons };
      const changes = diff(current, after, ['role', 'persons']);
      if (!Object.keys(changes).length) return;
      await this.participations.update(manager, id, after);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'participation',
        entityId: id,
        action: 'update',
        changes,
      });
    });
    return this.reload(activityId, id);
  }

  async remove(caller: Caller, activityId: string, id: string): Promise<void> {
    await this.activities.requireEditable(await this.access.scopeFor(caller), activityId);
    await this.participations.transaction(async (manager) => {
      const current = await this.participations.find(activityId, id, manager);
      if (!current) throw participationNotFound();
      await this.participations.delete(manager, id);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'participation',
        entityId: id,
        action: 'delete',
        changes: diff(current, null, AUDITED_FIELDS),
      });
    });
  }

  /** GET /organizations/:id/participations: the organisation's members, programme staff, platform admins. */
  async listOfOrganization(
    caller: Caller,
    organizationId: string,
    paging: { page: number; limit: number },
  ): Promise<{ items: OrganizationParticipationRow[]; total: number }> {
    const [organization] = await this.participations.findOrganizations([organizationId]);
    if (!organization) throw new NotFoundException('Organisation not found');
    const scope = await this.access.scopeFor(caller);
    if (!scope.mayReadParticipationsOf(organizationId)) {
      throw new ForbiddenException(
        "Only the organisation's members, programme staff and platform admins may see its participations",
      );
    }
    return this.participations.listOfOrganization(organizationId, paging.page, paging.limit);
  }

  /**
   * The review step: every line of the participant list, matched to an existing organisation (by CVR
   * number, then email domain against websites, then name and country) or proposed as a new
   * unverified one, with its errors, and whether it takes part already. Writes nothing.
   */
  async preview(caller: Caller, activityId: string, csv: string): Promise<ImportPreviewDto> {
    await this.activities.requireEditable(await this.access.scopeFor(caller), activityId);
    const lines = readCsv(csv);
    const valid = lines.filter((line) => !line.errors.length);
    const [byCvr, byDomain, byName] = await Promise.all([
      this.participations.findByCvrs(unique(valid.map((l) => l.cvr))),
      this.participations.findByDomains(unique(valid.map((l) => l.domain))),
      this.participations.findByNames(unique(valid.map((l) => nameKey(l.name, l.country)))),
    ]);
    const matchOf = (line: ParticipantLine): ImportLineDto['match'] => {
      const found =
        pick(byCvr, (o) => line.cvr !== null && o.cvr === line.cvr, 'cvr') ??
        pick(byDomain, (o) => o.host === line.domain && sameOrNoCvr(o, line.cvr), 'domain', true) ??
        pick(byName, (o) => o.key === nameKey(line.name, line.country) && sameOrNoCvr(o, line.cvr), 'name');
      return found;
    };
    const matched = valid.map((line) => ({ line, match: matchOf(line) }));
    const participating = await this.participations.participating(
      activityId,
      unique(matched.map((m) => m.match?.organizationId ?? null)),
    );

    const firstLineOf = new Map<string, number>();
    const results = lines.map((line): ImportLineDto => {
      const base = { line: line.line, input: line.input, errors: line.errors };
      if (line.errors.length) {
        return { ...base, match: null, proposal: null, alreadyParticipating: false, duplicateOfLine: null };
      }
      const match = matched.find((m) => m.line === line)?.match ?? null;
      const keys = match
        ? [`org:${match.organizationId}`]
        : [nameKey(line.name, line.country), ...(line.cvr ? [`cvr:${line.cvr}`] : [])];
      const duplicateOfLine = keys.map((key) => firstLineOf.get(key)).find((n) => n !== undefined) ?? null;
      for (const key of keys) if (!firstLineOf.has(key)) firstLineOf.set(key, line.line);
      return {
        ...base,
        match,
        proposal: match
          ? null
          : {
              name: line.name,
              cvr: line.cvr,
              country: line.country,
              website: line.domain ? `https://${line.domain}` : null,
              kind: 'other',
            },
        alreadyParticipating: match ? participating.has(match.organizationId) : false,
        duplicateOfLine,
      };
    });
    return {
      lines: results,
      summary: {
        lines: results.length,
        matched: results.filter((r) => r.match).length,
        proposed: results.filter((r) => r.proposal).length,
        alreadyParticipating: results.filter((r) => r.alreadyParticipating).length,
        duplicates: results.filter((r) => r.duplicateOfLine !== null).length,
        withErrors: results.filter((r) => r.errors.length).length,
      },
    };
  }

  /**
   * Commits a reviewed list in one transaction: creates the proposed organisations (unverified) unless
   * one with the same CVR number, or the same name and country, exists or another row creates it, and
   * adds every organisation that does not take part yet. Any bad row: 400 naming it, nothing written.
   */
  async commit(caller: Caller, activityId: string, input: ImportCommitRequestDto): Promise<ImportResultDto> {
    await this.activities.requireEditable(await this.access.scopeFor(caller), activityId);
    const problems = rowShapeProblems(input);
    if (problems.length) throw validationFailed(problems);
    const role: ParticipationRole = input.role ?? 'participant';
    const persons = input.persons ?? 1;

    return this.participations.transaction(async (manager) => {
      await this.participations.lockImports(manager);
      await this.lockActivity(manager, activityId);
      const { organizationIds, created } = await this.resolveRows(manager, caller, input);
      const wanted = unique(organizationIds);
      const added = await this.participations.insertMissing(
        manager,
        wanted.map((organizationId) => ({ activityId, organizationId, role, persons })),
      );
      await this.recordCreated(manager, caller, added);
      return { added: added.length, created, skipped: input.rows.length - added.length };
    });
  }

  /** The organisation of every row, creating the proposed ones that do not exist yet. */
  private async resolveRows(
    manager: EntityManager,
    caller: Caller,
    input: ImportCommitRequestDto,
  ): Promise<{ organizationIds: string[]; created: number }> {
    const problems: FieldErrorDto[] = [];
    const proposals = input.rows.map((row, i) =>
      row.create ? checkProposal(row.create, i, problems) : null,
    );
    const givenIds = unique(input.rows.map((row) => row.organizationId ?? null));
    const existing = new Set(
      (await this.participations.findOrganizations(givenIds, manager)).map((o) => o.id),
    );
    input.rows.forEach((row, i) => {
      if (row.organizationId && !existing.has(row.organizationId)) {
        problems.push({
          field: `rows.${i}.organizationId`,
          message: `Line ${row.line}: no organisation with this id`,
        });
      }
    });
    if (problems.length) throw validationFailed(problems);

    const valid = proposals.filter((p): p is NewOrganization => p !== null);
    const [byCvr, byName] = await Promise.all([
      this.participations.findByCvrs(unique(valid.map((p) => p.cvr)), manager),
      this.participations.findByNames(unique(valid.map((p) => nameKey(p.name, p.country))), manager),
    ]);
    // Existing organisations and those created by earlier rows: a row uses the first that is the same.
    const known: { id: string; cvr: string | null; key: string }[] = [
      ...byCvr.map((o) => ({ id: o.id, cvr: o.cvr, key: nameKey(o.name, o.country) })),
      ...byName,
    ];
    const sameAs = (proposal: NewOrganization) => {
      const key = nameKey(proposal.name, proposal.country);
      return (
        known.find((o) => proposal.cvr !== null && o.cvr === proposal.cvr) ??
        known.find((o) => o.key === key && sameOrNoCvr(o, proposal.cvr))
      );
    };

    let created = 0;
    const organizationIds: string[] = [];
    for (const [i, row] of input.rows.entries()) {
      const proposal = proposals[i];
      if (!proposal) {
        organizationIds.push(row.organizationId as string);
        continue;
      }
      let id = sameAs(proposal)?.id;
      if (!id) {
        const organization = await this.participations.insertOrganization(manager, proposal);
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'organization',
          entityId: organization.id,
          action: 'create',
          changes: diff(null, { ...proposal, verified: false }, ORGANIZATION_FIELDS),
        });
        await this.outbox.enqueue(manager, 'organization', organization.id, 'upsert');
        known.push({ id: organization.id, cvr: proposal.cvr, key: nameKey(proposal.name, proposal.country) });
        id = organization.id;
        created++;
      }
      organizationIds.push(id);
    }
    return { organizationIds, created };
  }

  private async recordCreated(manager: EntityManager, caller: Caller, participations: Participation[]) {
    for (const participation of participations) {
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'participation',
        entityId: participation.id,
        action: 'create',
        changes: diff(null, participation, AUDITED_FIELDS),
      });
    }
  }

  /** Changes to one activity's participations queue up (the one-per-organisation check included). */
  private async lockActivity(manager: EntityManager, activityId: string): Promise<void> {
    if (!(await this.activityRepository.lock(manager, activityId))) throw activityNotFound();
  }

  private async reload(activityId: string, id: string): Promise<ParticipationRow> {
    const participation = await this.participations.find(activityId, id);
    if (!participation) throw participationNotFound();
    return participation;
  }
}

function readCsv(csv: string): ParticipantLine[] {
  try {
    return readParticipantCsv(csv);
  } catch (error) {
    if (error instanceof ParticipantCsvError)
      throw validationFailed([{ field: 'csv', message: error.message }]);
    throw error;
  }
}

/** Each row names an existing organisation or one to create, not both. */
function rowShapeProblems(input: ImportCommitRequestDto): FieldErrorDto[] {
  return input.rows.flatMap((row, i) =>
    (row.organizationId === undefined) === (row.create === undefined)
      ? [{ field: `rows.${i}`, message: `Line ${row.line}: give either organizationId or create` }]
      : [],
  );
}

/** The organisation to create for a row, normalised, or null with its problems added. */
function checkProposal(
  proposal: ProposedOrganizationDto,
  i: number,
  problems: FieldErrorDto[],
): NewOrganization | null {
  let cvr: string | null = null;
  if (proposal.cvr) {
    const check = checkCvr(proposal.cvr);
    if (!check.ok) {
      problems.push({ field: `rows.${i}.create.cvr`, message: CVR_PROBLEM_MESSAGES[check.problem].en });
      return null;
    }
    cvr = check.cvr;
  }
  const kind = proposal.kind ?? 'other';
  const country = proposal.country.toUpperCase();
  if ((kind === 'sme' || kind === 'large_company') && country === 'DK' && !cvr) {
    problems.push({ field: `rows.${i}.create.cvr`, message: 'A Danish company needs its CVR number' });
    return null;
  }
  return { kind, name: proposal.name.replace(/\s+/g, ' '), cvr, country, website: proposal.website || null };
}

function pick<T extends OrganizationRef>(
  candidates: T[],
  test: (candidate: T) => boolean,
  by: 'cvr' | 'domain' | 'name',
  onlyIfUnique = false,
): ImportLineDto['match'] {
  const found = candidates.filter(test);
  if (!found.length || (onlyIfUnique && found.length > 1)) return null;
  const [o] = found;
  return { organizationId: o.id, name: o.name, kind: o.kind, verified: o.verified, by };
}

/** A different CVR number is a different organisation, whatever its website or name. */
function sameOrNoCvr(organization: { cvr: string | null }, cvr: string | null): boolean {
  return cvr === null || organization.cvr === null || organization.cvr === cvr;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

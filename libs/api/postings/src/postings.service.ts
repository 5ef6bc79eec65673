import {
  BadRequestException,
  ForbiddenException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { normaliseTags } from '@videnbro/domain';
import type { PostingStatus } from '@videnbro/domain';
import { fieldError } from '@videnbro/http';
import type { FieldErrorDto } from '@videnbro/http';
import { Outbox } from '@videnbro/outbox';
import type { Posting } from './entities';
import { MEMBERSHIP_DIRECTORY } from './membership-directory';
import type { MembershipDirectory } from './membership-directory';
import { contentOf, resolveContent, transitionProblem } from './posting-rules';
import type { ContentInput } from './posting-rules';
import type { PostingContent, PostingType } from './posting-types';
import { PostingScope, PostingVisibility } from './posting-visibility';
import { isUniqueViolation, PostingsRepository } from './postings.repository';
import type { PostingFilters, PostingRow } from './postings.repository';

/**
 * A posting as one caller sees it: `insider` when the caller belongs to the owning organisation,
 * `canEdit` when they may change it.
 */
export interface PostingView<T extends Posting> {
  posting: PostingRow<T>;
  insider: boolean;
  canEdit: boolean;
}

export interface PostingPage<T extends Posting> {
  items: PostingView<T>[];
  total: number;
}

export type ListFilters = Omit<PostingFilters, 'organizationIds'> & { organization?: string };

export type NewPostingInput<C extends PostingContent> = ContentInput<C> & {
  organizationId: string;
  status?: PostingStatus;
};

/**
 * Needs and competencies: the rules and access checks, written once for both posting types. Reads go
 * through the caller's PostingScope; every write commits the change, its audit entry and its outbox
 * row in one transaction.
 */
@Injectable()
export class PostingsService {
  constructor(
    private readonly postings: PostingsRepository,
    private readonly visibility: PostingVisibility,
    @Inject(MEMBERSHIP_DIRECTORY) private readonly directory: MembershipDirectory,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  /** GET /needs: what the caller may read, filtered. */
  async list<T extends Posting>(
    type: PostingType<T>,
    caller: Caller | undefined,
    filters: ListFilters,
  ): Promise<PostingPage<T>> {
    const scope = await this.visibility.scopeFor(caller);
    const { organization, ...rest } = filters;
    return this.page(type, scope, { ...rest, organizationIds: organization ? [organization] : undefined });
  }

  /** GET /organizations/:id/needs: the same rule, one organisation. */
  async listOfOrganization<T extends Posting>(
    type: PostingType<T>,
    caller: Caller | undefined,
    organizationId: string,
    filters: ListFilters,
  ): Promise<PostingPage<T>> {
    if (!(await this.postings.findOrganization(organizationId))) {
      throw new NotFoundException('Organisation not found');
    }
    const scope = await this.visibility.scopeFor(caller);
    return this.page(type, scope, { ...filters, organizationIds: [organizationId] });
  }

  /** GET /me/needs: the postings of the caller's organisations, in every status. */
  async listMine<T extends Posting>(
    type: PostingType<T>,
    caller: Caller,
    filters: ListFilters,
  ): Promise<PostingPage<T>> {
    const scope = await this.visibility.scopeFor(caller);
    const mine = scope.organizationIds.filter((id) => !filters.organization || id === filters.organization);
    return this.page(type, scope, { ...filters, organizationIds: mine });
  }

  /** GET /needs/:id: 404 when the caller may not read it, so its existence does not leak. */
  async get<T extends Posting>(type: PostingType<T>, caller: Caller | undefined, id: string) {
    const scope = await this.visibility.scopeFor(caller);
    const posting = await this.postings.findReadable(type, scope, id);
    if (!posting) throw notFound(type);
    return this.view(scope, posting);
  }

  /** POST /needs: members of a publishing organisation of the right kind (and platform admins). */
  async create<T extends Posting, C extends PostingContent>(
    type: PostingType<T, C>,
    caller: Caller,
    input: NewPostingInput<C>,
  ): Promise<PostingView<T>> {
    const organization = await this.postings.findOrganization(input.organizationId);
    if (!organization) {
      throw fieldError(HttpStatus.NOT_FOUND, 'organizationId', 'No organisation with this id');
    }
    const scope = await this.visibility.scopeFor(caller);
    if (!scope.isMemberOf(organization.id) && !scope.isPlatformAdmin) {
      throw new ForbiddenException(`Only members of ${organization.name} may publish for it`);
    }
    if (input.externalId && !scope.isPlatformAdmin) throw externalIdForAdmins();

    const { organizationId: _organizationId, status: _status, ...contentInput } = input;
    const contactUserId =
      input.contactUserId === undefined && scope.isMemberOf(organization.id)
        ? caller.userId
        : input.contactUserId;
    const { content, problems } = resolveContent(type, null, {
      ...(contentInput as unknown as ContentInput<C>),
      contactUserId,
    });
    if (!type.publisherKinds.includes(organization.kind)) {
      problems.unshift({
        field: 'organizationId',
        message: `A ${type.noun} is published by ${type.publishers}; ${organization.name} is of kind ${organization.kind}`,
      });
    }
    problems.push(...(await this.contactProblems(organization.id, content.contactUserId)));
    if (problems.length) throw validationFailed(problems);
    if (content.externalId && (await this.postings.externalIdTaken(type, content.externalId))) {
      throw externalIdTaken(type);
    }

    const id = await this.mapConflicts(type, () =>
      this.postings.transaction(async (manager) => {
        const posting = await this.postings.insert(manager, type, {
          ...content,
          organizationId: organization.id,
          authorUserId: caller.userId,
          status: input.status ?? 'draft',
        });
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: type.name,
          entityId: posting.id,
          action: 'create',
          changes: diff(null, auditable(posting), [
            ...type.fields,
            'organizationId',
            'authorUserId',
            'status',
          ]),
        });
        await this.outbox.enqueue(manager, type.name, posting.id, 'upsert');
        return posting.id;
      }),
    );
    return this.reload(type, scope, id);
  }

  /** PATCH /needs/:id: the author (while a member), owners and admins of the organisation, platform admins. */
  async update<T extends Posting, C extends PostingContent>(
    type: PostingType<T, C>,
    caller: Caller,
    id: string,
    input: ContentInput<C>,
  ): Promise<PostingView<T>> {
    const scope = await this.visibility.scopeFor(caller);
    const existing = await this.requireEditable(type, scope, id);
    if (input.externalId !== undefined && !scope.isPlatformAdmin) throw externalIdForAdmins();

    await this.mapConflicts(type, () =>
      this.postings.transaction(async (manager) => {
        const current = await this.postings.lock(manager, type, id);
        if (!current) throw notFound(type);
        const before = contentOf(type, current);
        const { content, problems } = resolveContent(type, before, input);
        if (content.contactUserId !== before.contactUserId) {
          problems.push(...(await this.contactProblems(existing.organizationId, content.contactUserId)));
        }
        if (problems.length) throw validationFailed(problems);
        const changes = diff(auditable(before), auditable(content), type.fields);
        if (!Object.keys(changes).length) return;
        await this.postings.update(manager, type, id, content);
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: type.name,
          entityId: id,
          action: 'update',
          changes,
        });
        await this.outbox.enqueue(manager, type.name, id, 'upsert');
      }),
    );
    return this.reload(type, scope, id);
  }

  /** POST /needs/:id/status: who may edit; only the transitions STATUS_TRANSITIONS allows (else 409). */
  async changeStatus<T extends Posting>(
    type: PostingType<T>,
    caller: Caller,
    id: string,
    status: PostingStatus,
  ): Promise<PostingView<T>> {
    const scope = await this.visibility.scopeFor(caller);
    await this.requireEditable(type, scope, id);
    await this.postings.transaction(async (manager) => {
      const current = await this.postings.lock(manager, type, id);
      if (!current) throw notFound(type);
      const problem = transitionProblem(type.noun, current.status, status);
      if (problem) throw fieldError(HttpStatus.CONFLICT, 'status', problem);
      await this.postings.update(manager, type, id, { status });
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: type.name,
        entityId: id,
        action: 'status',
        changes: diff(current, { status }, ['status']),
      });
      await this.outbox.enqueue(manager, type.name, id, 'upsert');
    });
    return this.reload(type, scope, id);
  }

  /** DELETE /needs/:id: who may edit. Soft: the row and its history stay; the index drops it. */
  async remove<T extends Posting>(type: PostingType<T>, caller: Caller, id: string): Promise<void> {
    const scope = await this.visibility.scopeFor(caller);
    await this.requireEditable(type, scope, id);
    await this.postings.transaction(async (manager) => {
      const current = await this.postings.lock(manager, type, id);
      if (!current) throw notFound(type);
      const deletedAt = new Date();
      await this.postings.softDelete(manager, type, id, deletedAt);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: type.name,
        entityId: id,
        action: 'delete',
        changes: diff({ deletedAt: null }, { deletedAt }, ['deletedAt']),
      });
      await this.outbox.enqueue(manager, type.name, id, 'delete');
    });
  }

  private async page<T extends Posting>(
    type: PostingType<T>,
    scope: PostingScope,
    filters: PostingFilters,
  ): Promise<PostingPage<T>> {
    const tag = filters.tag === undefined ? undefined : (normaliseTags([filters.tag])[0] ?? '');
    const { items, total } = await this.postings.list(type, scope, { ...filters, tag });
    return { items: items.map((posting) => this.view(scope, posting)), total };
  }

  private view<T extends Posting>(scope: PostingScope, posting: PostingRow<T>): PostingView<T> {
    return { posting, insider: scope.isMemberOf(posting.organizationId), canEdit: scope.mayEdit(posting) };
  }

  /** The posting after a write, as its writer sees it (a platform admin may write what they cannot list). */
  private async reload<T extends Posting>(type: PostingType<T>, scope: PostingScope, id: string) {
    const posting = await this.postings.findById(type, id);
    if (!posting) throw notFound(type);
    return this.view(scope, posting);
  }

  /**
   * The posting when the caller may change it (PostingScope.mayEdit). A caller who may read it but not
   * change it gets 403; anyone else 404, as if it did not exist.
   */
  private async requireEditable<T extends Posting>(
    type: PostingType<T>,
    scope: PostingScope,
    id: string,
  ): Promise<PostingRow<T>> {
    const posting = await this.postings.findById(type, id);
    if (!posting) throw notFound(type);
    if (scope.mayEdit(posting)) return posting;
    if (await this.postings.findReadable(type, scope, id)) {
      throw new ForbiddenException(
        `Only the author, the owners and admins of ${posting.organization.name} and platform admins may change this ${type.noun}`,
      );
    }
    throw notFound(type);
  }

  private async contactProblems(
    organizationId: string,
    contactUserId: string | null,
  ): Promise<FieldErrorDto[]> {
    if (contactUserId === null) return [];
    if (await this.directory.roleOf(contactUserId, organizationId)) return [];
    return [{ field: 'contactUserId', message: 'The contact person must be a member of the organisation' }];
  }

  /** A unique index that fired after the check (two imports at once) still answers 409. */
  private async mapConflicts<R>(type: PostingType, work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, `uq_${type.table}_external_id`)) throw externalIdTaken(type);
      throw error;
    }
  }
}

/** The audit log compares plain records: the posting types have different fields. */
const auditable = (value: object) => value as Record<string, unknown>;

function notFound(type: PostingType): NotFoundException {
  return new NotFoundException(`${capitalise(type.noun)} not found`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function validationFailed(details: FieldErrorDto[]): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', details });
}

function externalIdForAdmins() {
  return fieldError(HttpStatus.FORBIDDEN, 'externalId', 'Only platform admins may set externalId (imports)');
}

function externalIdTaken(type: PostingType) {
  return fieldError(HttpStatus.CONFLICT, 'externalId', `A ${type.noun} with this externalId exists already`);
}

import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentCaller, Public } from '@videnbro/access';
import type { Caller } from '@videnbro/access';
import { DEFAULT_PAGE_SIZE, ErrorDto, PageQueryDto, UuidParam } from '@videnbro/http';
import { ClustersService } from './clusters.service';
import {
  AddClusterMemberDto,
  ClusterListDto,
  ClusterMemberDto,
  ClusterMemberPageDto,
} from './dto/cluster.dto';
import type { ClusterMembershipWithMember } from './cluster-memberships.repository';
import { toOrganizationDto } from './mappers';

function toClusterMemberDto(membership: ClusterMembershipWithMember, showFee: boolean): ClusterMemberDto {
  return {
    organization: toOrganizationDto(membership.memberOrganization),
    since: membership.since,
    ...(showFee ? { yearlyFeeDkk: membership.yearlyFeeDkk } : {}),
  };
}

@ApiTags('clusters')
@Controller('clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Clusters with their strength areas and number of member organisations' })
  @ApiOkResponse({ type: ClusterListDto })
  async list(): Promise<ClusterListDto> {
    const clusters = await this.clusters.list();
    return {
      items: clusters.map(({ cluster, memberCount }) => ({
        organization: toOrganizationDto(cluster),
        memberCount,
      })),
    };
  }

  @Get(':id/members')
  @Public()
  @ApiOperation({
    summary: "A cluster's member organisations; the yearly fee for its brokers, programme staff and admins",
  })
  @ApiOkResponse({ type: ClusterMemberPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async members(
    @CurrentCaller() caller: Caller | undefined,
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<ClusterMemberPageDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const result = await this.clusters.members(caller, id, page, limit);
    return {
      items: result.items.map((membership) => toClusterMemberDto(membership, result.showFees)),
      total: result.total,
      page,
      limit,
    };
  }

  @Post(':id/members')
  @Authenticated()
  @ApiOperation({ summary: "Add a member organisation (the cluster's owners and admins, platform admins)" })
  @ApiCreatedResponse({ type: ClusterMemberDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'A member already' })
  async addMember(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @Body() body: AddClusterMemberDto,
  ): Promise<ClusterMemberDto> {
    return toClusterMemberDto(await this.clusters.addMember(caller, id, body), true);
  }

  @Delete(':id/members/:organizationId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    summary: "Remove a member organisation (the cluster's owners and admins, platform admins)",
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async removeMember(
    @CurrentCaller() caller: Caller,
    @UuidParam('id') id: string,
    @UuidParam('organizationId') organizationId: string,
  ): Promise<void> {
    await this.clusters.removeMember(caller, id, organizationId);
  }
}

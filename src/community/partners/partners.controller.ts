import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS, CASE_WRITERS } from '../../auth/roles';
import { ApiCommand, ApiQuery } from '../../common/api-problems';
import { CommandResultDto, commandResult, etagOf } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { COMMUNITY } from '../../projections/community/community.projection';
import { ReadsFrom } from '../../projections/read-your-writes';
import { PartnerStatusChangeDto, UpdatePartnerContactDto } from './dto/partner-contact.dto';
import { PartnerListQueryDto, PartnerListView, PartnerView } from './dto/partner.view';
import { RegisterPartnerDto } from './dto/register-partner.dto';
import { partnerKind } from './partner.decider';
import { partnerNotFound } from './partner.errors';
import { ListPartners } from './partners.query';

/** The community network: schools, oratories, clubs and services the service works with before and beside cases. */
@ApiTags('community')
@Controller('partners')
export class PartnersController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      'Register a community partner (PartnerRegistered); id is the partner id. 400 MUNICIPALITY_UNKNOWN when no current comune has the ISTAT code',
  })
  @ApiCommand({ onExisting: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterPartnerDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const partnerId = randomUUID();
    const command = { type: 'RegisterPartner', partnerId, ...body, contact: { ...body.contact } } as const;
    const answer = { id: partnerId, location: `/partners/${partnerId}` };
    return commandResult(res, await this.streams.send(partnerKind, partnerId, command, context, { answer, newStream: true }));
  }

  @Post(':partnerId/contact')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: "Replace the partner's contact person (PartnerContactUpdated)", description: '409 CONTACT_UNCHANGED.' })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async updateContact(
    @Param('partnerId', UuidParam) partnerId: string,
    @Body() body: UpdatePartnerContactDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'UpdatePartnerContact', partnerId, contact: { ...body.contact } } as const;
    return commandResult(res, await this.streams.send(partnerKind, partnerId, command, context, { ifMatch }));
  }

  @Post(':partnerId/deactivation')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Deactivate a partner (PartnerDeactivated): it can no longer be cited', description: '409 PARTNER_INACTIVE.' })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async deactivate(
    @Param('partnerId', UuidParam) partnerId: string,
    @Body() { reason }: PartnerStatusChangeDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'DeactivatePartner', partnerId, reason } as const;
    return commandResult(res, await this.streams.send(partnerKind, partnerId, command, context, { ifMatch }));
  }

  @Post(':partnerId/reactivation')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Reactivate a partner (PartnerReactivated)', description: '409 PARTNER_ALREADY_ACTIVE.' })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async reactivate(
    @Param('partnerId', UuidParam) partnerId: string,
    @Body() { reason }: PartnerStatusChangeDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ReactivatePartner', partnerId, reason } as const;
    return commandResult(res, await this.streams.send(partnerKind, partnerId, command, context, { ifMatch }));
  }

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(COMMUNITY)
  @ApiOperation({ summary: 'Partners, filtered by municipality and kind; active ones first, then by name' })
  @ApiQuery()
  @ApiOkResponse({ type: PartnerListView })
  list(@Query() query: PartnerListQueryDto): Promise<PartnerListView> {
    const { municipality, kind, limit, cursor } = query;
    return this.queries.execute(new ListPartners({ municipality, kind, limit, cursor }));
  }

  @Get(':partnerId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One partner with its contact; ETag is the stream revision' })
  @ApiQuery()
  @ApiOkResponse({ type: PartnerView })
  async get(@Param('partnerId', UuidParam) partnerId: string, @Res({ passthrough: true }) res: Response): Promise<PartnerView> {
    const { state, revision } = await this.streams.load(partnerKind, partnerId);
    if (!state.exists || revision === undefined) throw partnerNotFound(partnerId);
    res.setHeader('ETag', etagOf(revision));
    const { kind, name, municipality, contact, active } = state;
    return { id: partnerId, kind: kind!, name: name!, municipality: municipality!, contact: contact!, active, revision: Number(revision) };
  }
}

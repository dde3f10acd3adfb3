import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand, asEntry } from '../case.http';
import { CaseHashAt } from '../case.queries';
import { ScheduleCourtHearingDto, SubmitCourtReportDto } from './dto/court.dto';
import { EndJudicialMandateDto, ModifyJudicialMandateDto, ReceiveJudicialMandateDto } from './dto/judicial-mandate.dto';

/** The case and the Judicial Authority: further mandates, hearings, reports (art. 473-bis.27 c.p.c.). */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseCourtController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':caseId/judicial-mandates')
  @CaseCommand('Record a further mandate of the Judicial Authority (JudicialMandateReceived); its report deadlines become deadlines')
  async receiveMandate(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...mandate }: ReceiveJudicialMandateDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ReceiveJudicialMandate', ...mandate, caseId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/judicial-mandates/modifications')
  @CaseCommand('Record a decree modifying the mandates in force of a proceeding (JudicialMandateModified)', {
    description:
      '404 MANDATE_NOT_FOUND (no mandate of that proceeding on the case); 409 MANDATE_ALREADY_ENDED; 400 DATE_AFTER_OCCURRED_AT, ' +
      'END_BEFORE_START. New report deadlines or a new interval replace the report deadlines after the decree.',
  })
  async modifyMandate(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...modification }: ModifyJudicialMandateDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ModifyJudicialMandate', ...modification, caseId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/judicial-mandates/end')
  @CaseCommand('Record the decree ending the mandates of a proceeding (JudicialMandateEnded)', {
    description:
      '404 MANDATE_NOT_FOUND; 409 MANDATE_ALREADY_ENDED; 400 DATE_AFTER_OCCURRED_AT, END_BEFORE_START. Later report deadlines are cancelled.',
  })
  async endMandate(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...ending }: EndJudicialMandateDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'EndJudicialMandate', ...ending, caseId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/court-hearings')
  @CaseCommand('Schedule a court hearing, e.g. the art. 403 hearing of a placement (CourtHearingScheduled); id is the hearing id', {
    answer: 'created',
  })
  async scheduleHearing(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...hearing }: ScheduleCourtHearingDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const hearingId = randomUUID();
    const command = { type: 'ScheduleCourtHearing', ...hearing, caseId, hearingId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, answer: { id: hearingId } }));
  }

  @Post(':caseId/court-reports')
  @CaseCommand(
    'Submit a report to the Judicial Authority covering a revision range of the case, pinned by its chain hash (CourtReportSubmitted); id is the report id',
    {
      answer: 'created',
      description:
        'headHash must be the hash of the event at coveredEvents.toRevision (see GET /cases/{caseId}/events): 409 REPORT_HEAD_HASH_MISMATCH, 400 REPORT_RANGE_BEYOND_STREAM; 409 APPROVAL_REQUIRED where SUPERVISED_ACTS has court-report and no coordinator approved this head hash.',
    },
  )
  async submitReport(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, sections, coveredEvents, ...report }: SubmitCourtReportDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const reportId = randomUUID();
    // Events never change, so the hash read before deciding is the hash at decision time.
    const hashAtToRevision = await this.queries.execute(new CaseHashAt(caseId, coveredEvents.toRevision));
    const command = {
      type: 'SubmitCourtReport',
      ...report,
      caseId,
      reportId,
      coveredEvents,
      sections: sections.map(asEntry),
      occurredAt,
    } as const;
    const answer = { id: reportId };
    return commandResult(
      res,
      await this.streams.send(caseKind, caseId, command, context, {
        ifMatch,
        facts: { hashAtToRevision, supervisedActs: this.config.supervisedActs },
        answer,
      }),
    );
  }
}

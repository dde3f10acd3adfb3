import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand, asEntry } from '../case.http';
import { CompleteAssessmentDto, RecordAssessmentEntryDto, StartAssessmentDto } from './dto/assessment.dto';
import { RecordContactDto } from './dto/contact.dto';
import { familyFactsOfCase } from '../family-facts';

/** The team's findings: assessments by discipline, and the contact log. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseAssessmentController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/assessments')
  @CaseCommand('Start an assessment in one discipline (AssessmentStarted); id is the assessment id', {
    answer: 'created',
    description: '409 ASSESSMENT_ALREADY_OPEN.',
  })
  async startAssessment(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, discipline }: StartAssessmentDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const assessmentId = randomUUID();
    const command = { type: 'StartAssessment', caseId, assessmentId, discipline, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, answer: { id: assessmentId } }));
  }

  @Post(':caseId/assessments/:assessmentId/entries')
  @CaseCommand('Record a finding: a fact, a statement (statedBy) or an evaluation (method) (AssessmentEntryRecorded)', {})
  async recordAssessmentEntry(
    @Param('caseId', UuidParam) caseId: string,
    @Param('assessmentId', UuidParam) assessmentId: string,
    @Body() { occurredAt, ...entry }: RecordAssessmentEntryDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'RecordAssessmentEntry', caseId, assessmentId, entry: asEntry(entry), occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/assessments/:assessmentId/completion')
  @CaseCommand('Complete an assessment with its risk level, factors and the needs it found (AssessmentCompleted)', {
    description: '409 ASSESSMENT_COMPLETED. The needs get ids, listed in the case view (assessments[].needs), for plan goals to cite.',
  })
  async completeAssessment(
    @Param('caseId', UuidParam) caseId: string,
    @Param('assessmentId', UuidParam) assessmentId: string,
    @Body() { occurredAt, ...completion }: CompleteAssessmentDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const needs = completion.needs?.map(({ domain, description }) => ({ needId: randomUUID(), domain, description }));
    const command = { type: 'CompleteAssessment', ...completion, needs, caseId, assessmentId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/contacts')
  @CaseCommand('Record a contact with its fact / statement / evaluation entries (ContactRecorded); id is the contact id', {
    answer: 'created',
  })
  async recordContact(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, kind, participants, entries, personIds }: RecordContactDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const contactId = randomUUID();
    const met = personIds ? { personIds } : {};
    const command = {
      type: 'RecordContact',
      caseId,
      contactId,
      kind,
      participants,
      entries: entries.map(asEntry),
      occurredAt,
      ...met,
    } as const;
    const facts = personIds?.length ? await familyFactsOfCase(this.streams, caseId) : undefined;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, facts, answer: { id: contactId } }));
  }
}

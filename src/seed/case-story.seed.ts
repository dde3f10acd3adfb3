import { CLOSURE_NOTES, REOPENING_REASONS } from './case-texts';
import { CaseProfile } from './case-profile';
import { Household, Person } from './household.seed';
import { Random } from './random';
import { Step } from './seed.plan';
import { Story } from './story';
import { CaseContext, yearOf } from './story-context';
import { courtStory } from './story-court';
import { openingStory, pickTeam } from './story-opening';
import { planStory } from './story-plan';
import { protectionStory } from './story-protection';
import { assessmentStory, contactStory } from './story-work';
import { Ending, HISTORY_DAYS, dayNumber, lastMinorDay, placeStory } from './timeline';

/**
 * One case's story, opening to closure (and a reopening now and then), as HTTP steps in calendar time:
 * written in story days first, then placed in the last three years, before the minor's 18th birthday.
 */
export const caseSteps = (
  random: Random,
  household: Household,
  minor: Person,
  profile: CaseProfile,
  ref: string,
  label: string,
  asOfDay: number,
): Step[] => {
  const story = new Story(ref, `${label}, case ${ref} (${minor.givenName})`);
  const judicial = profile.intake === 'judicial';
  const decreeT = judicial ? -random.int(5, 25) : 0;
  const proceeding = random.int(40, 2900);
  const c: CaseContext = {
    random,
    story,
    profile,
    household,
    minor,
    team: pickTeam(random, { profile }),
    court: {
      authority: judicial && random.chance(0.15) ? 'tribunale-ordinario' : 'tribunale-per-i-minorenni',
      proceeding: (tl) => `${proceeding}/${yearOf(tl, decreeT)} R.G.`,
    },
    assessedBy: Math.min(75, profile.span * 0.35),
  };
  const { span } = profile;
  const closing = profile.ending !== 'ongoing';
  const firstDeadline = openingStory(c, decreeT);
  assessmentStory(c);
  contactStory(c, 1, span - 0.5, Math.min(14, Math.max(2, Math.round(span / 60) + random.int(1, 3))));
  planStory(c, span, closing);
  protectionStory(c, span, closing);
  if (firstDeadline !== undefined) courtStory(c, span, firstDeadline);
  let ending: Ending = profile.ending;
  if (closing) close(story, span, profile.closureReason!);
  if (profile.reopen) {
    const reopened = span + random.between(30, 200);
    const reason = random.pick(REOPENING_REASONS);
    story.add(reopened, 'reopen the case', '/reopening', (tl) => ({ reason, occurredAt: tl.instant(reopened) }), {
      counts: ['reopenings'],
    });
    const again = reopened + random.between(60, 150);
    contactStory(c, reopened + 1, again - 1, random.int(1, 3));
    ending = random.chance(0.5) ? 'closed' : 'ongoing';
    if (ending === 'closed') close(story, again, random.pick(['goals-met', 'other'] as const));
  }
  const lo = Math.max(asOfDay - HISTORY_DAYS, dayNumber(minor.birthDate) + 30);
  const hi = Math.min(asOfDay - 1, lastMinorDay(minor.birthDate));
  return story.materialise(placeStory(random, story.length, lo, hi, ending));
};

const close = (story: Story, t: number, reason: keyof typeof CLOSURE_NOTES): void =>
  story.add(t, `close the case (${reason})`, '/closure', (tl) => ({ reason, note: CLOSURE_NOTES[reason], occurredAt: tl.instant(t) }), {
    counts: ['closures'],
  });

import {
  CASE_STAGE_IDS,
  CASE_TRANSITIONS,
  canMoveCase,
  CONSENTED_CASE_STAGES,
  isOpenCaseStage,
} from './cases';

describe('case stages', () => {
  it('moves forward one step at a time, never backwards except out of stalled', () => {
    expect(canMoveCase('suggested', 'introduced')).toBe(true);
    expect(canMoveCase('introduced', 'meeting_held')).toBe(true);
    expect(canMoveCase('meeting_held', 'collaboration_agreed')).toBe(true);
    expect(canMoveCase('collaboration_agreed', 'funded')).toBe(true);
    expect(canMoveCase('suggested', 'meeting_held')).toBe(false);
    expect(canMoveCase('suggested', 'funded')).toBe(false);
    expect(canMoveCase('meeting_held', 'introduced')).toBe(false);
    expect(canMoveCase('stalled', 'meeting_held')).toBe(true);
  });

  it('lets every open stage stall or be declined, and keeps funded and declined final', () => {
    for (const stage of CASE_STAGE_IDS.filter(isOpenCaseStage)) {
      expect(canMoveCase(stage, 'declined')).toBe(true);
      if (stage !== 'stalled') expect(canMoveCase(stage, 'stalled')).toBe(true);
    }
    expect(CASE_TRANSITIONS.funded).toEqual([]);
    expect(CASE_TRANSITIONS.declined).toEqual([]);
    expect(isOpenCaseStage('funded')).toBe(false);
    expect(isOpenCaseStage('stalled')).toBe(true);
  });

  it('never moves to the stage it is in, and names only known stages', () => {
    for (const stage of CASE_STAGE_IDS) {
      expect(CASE_TRANSITIONS[stage]).not.toContain(stage);
      for (const next of CASE_TRANSITIONS[stage]) expect(CASE_STAGE_IDS).toContain(next);
    }
    expect(canMoveCase('party' as never, 'suggested')).toBe(false);
  });

  it('requires consent only for the stages after the introduction', () => {
    expect(CONSENTED_CASE_STAGES).toEqual(['meeting_held', 'collaboration_agreed', 'funded']);
  });
});

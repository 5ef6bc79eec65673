import { allowedMoves, refusalOf } from './moves';

describe('moves on the board', () => {
  const suggested = { stage: 'suggested' as const, introduced: false, canBroker: true };
  const waiting = { stage: 'introduced' as const, introduced: false, canBroker: true };
  const accepted = { stage: 'introduced' as const, introduced: true, canBroker: true };

  it('offers only the transitions of the domain’s table, and the later stages only once both accepted', () => {
    expect(allowedMoves(suggested)).toEqual(['introduced', 'declined', 'stalled']);
    expect(allowedMoves(waiting)).toEqual(['declined', 'stalled']);
    expect(allowedMoves(accepted)).toEqual(['meeting_held', 'declined', 'stalled']);
    expect(allowedMoves({ stage: 'funded', introduced: true, canBroker: true })).toEqual([]);
  });

  it('says why a drop is refused', () => {
    expect(refusalOf(suggested, 'funded')).toBe('notAllowed');
    expect(refusalOf(suggested, 'meeting_held')).toBe('notAllowed');
    expect(refusalOf(waiting, 'meeting_held')).toBe('needsConsent');
    expect(refusalOf({ ...accepted, canBroker: false }, 'meeting_held')).toBe('notYours');
    expect(refusalOf(accepted, 'meeting_held')).toBeNull();
  });
});

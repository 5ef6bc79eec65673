import { checkCvr, cvrProblem, isValidCvr, normaliseCvr } from './index';

const VALID = ['13748136', '24256790', '12345674', '40000003', '29999996'];
const INVALID = ['24256791', '10000000', '35254119'];

describe('normaliseCvr', () => {
  it.each([
    ['13748136', '13748136'],
    ['DK13748136', '13748136'],
    ['dk13748136', '13748136'],
    ['DK 13 74 81 36', '13748136'],
    ['DK-1374-8136', '13748136'],
    ['1374 8136', '13748136'],
    ['13.74.81.36', '13748136'],
    [' 13748136 ', '13748136'],
    ['13\u00a074\u00a081\u00a036', '13748136'],
  ])('reads %j as %s', (input, expected) => {
    expect(normaliseCvr(input)).toBe(expected);
  });

  it.each([
    '',
    '1374813',
    '137481360',
    'DK',
    'DK1374813',
    'AB13748136',
    '1374813a',
    '13748136DK',
    '13_748136',
  ])('rejects the shape of %j', (input) => {
    expect(normaliseCvr(input)).toBeNull();
  });

  it('keeps a leading zero for the validator to reject', () => {
    expect(normaliseCvr('01234567')).toBe('01234567');
  });
});

describe('isValidCvr', () => {
  it.each(VALID)('accepts %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it.each(INVALID)('rejects %s (check digit)', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });

  it('rejects a number starting with 0 even when the checksum holds', () => {
    // 0*2 + 0*7 + 0*6 + 0*5 + 0*4 + 0*3 + 5*2 + 1*1 = 11
    expect(isValidCvr('00000051')).toBe(false);
  });

  it('expects the 8 digits, not a prefixed or spaced notation', () => {
    expect(isValidCvr('DK13748136')).toBe(false);
    expect(isValidCvr('1374 8136')).toBe(false);
    expect(isValidCvr('')).toBe(false);
  });
});

describe('checkCvr and cvrProblem', () => {
  it('accepts valid numbers in any accepted notation', () => {
    expect(checkCvr('DK-2425 6790')).toEqual({ ok: true, cvr: '24256790' });
    expect(cvrProblem('DK 12 34 56 74')).toBeNull();
    for (const cvr of VALID) expect(cvrProblem(cvr)).toBeNull();
  });

  it('says when the shape is wrong', () => {
    expect(checkCvr('1234')).toEqual({ ok: false, problem: 'shape' });
    expect(cvrProblem('1234')).toBe('CVR must be 8 digits');
    expect(cvrProblem('DK 1234 567X')).toBe('CVR must be 8 digits');
  });

  it('says when the check digit is wrong', () => {
    for (const cvr of INVALID) {
      expect(cvrProblem(cvr)).toBe('CVR check digit is wrong — check the number');
    }
    expect(checkCvr('DK35254119')).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('says when the number starts with 0', () => {
    expect(checkCvr('00000051')).toEqual({ ok: false, problem: 'leading_zero' });
    expect(cvrProblem('00000051')).toBe('CVR cannot start with 0');
  });
});

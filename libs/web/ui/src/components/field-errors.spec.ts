import { splitFieldErrors } from './field-errors';

const FIELDS = ['name', 'email'] as const;

describe('splitFieldErrors', () => {
  it("puts each field's first message on the field, and nothing on the form when all found a field", () => {
    const split = splitFieldErrors(
      {
        message: 'Validation failed',
        details: [
          { field: 'email', message: 'email must be an email' },
          { field: 'email', message: 'email is too long' },
          { field: 'name', message: 'name is required' },
        ],
      },
      FIELDS,
    );
    expect(split).toEqual({
      fields: { email: 'email must be an email', name: 'name is required' },
      general: null,
    });
  });

  it('keeps the details without a field for the form as a whole', () => {
    const split = splitFieldErrors(
      {
        message: 'Validation failed',
        details: [
          { field: 'name', message: 'name is required' },
          { field: 'locale', message: 'locale must be da or en' },
        ],
      },
      FIELDS,
    );
    expect(split.fields).toEqual({ name: 'name is required' });
    expect(split.general).toEqual({
      message: 'Validation failed',
      details: [{ field: 'locale', message: 'locale must be da or en' }],
    });
  });

  it('gives the form the whole error when it names no field', () => {
    expect(splitFieldErrors({ message: 'Database down' }, FIELDS)).toEqual({
      fields: {},
      general: { message: 'Database down', details: [] },
    });
  });
});

import { csvRecord, ImportInputError, parseCsvHeader, parseCsvLine } from './csv';
import { RecordError } from './records';

describe('the organisation CSV', () => {
  it('splits a line into fields, with quotes, doubled quotes and empty fields', () => {
    expect(parseCsvLine('a,"b, c","say ""hej""",,e')).toEqual(['a', 'b, c', 'say "hej"', '', 'e']);
    expect(() => parseCsvLine('a,"open')).toThrow(RecordError);
  });

  it('reads the header in any order, with a byte-order mark, and refuses unknown or missing columns', () => {
    expect(parseCsvHeader('\uFEFFkind, name ,externalId', 1)).toEqual(['kind', 'name', 'externalId']);
    expect(() => parseCsvHeader('externalId,name,kind,colour', 1)).toThrow(ImportInputError);
    expect(() => parseCsvHeader('externalId,name', 2)).toThrow(
      'CSV header (line 2): the column kind is missing',
    );
  });

  it('turns a line into an organisation record, leaving empty cells out', () => {
    expect(csvRecord(['externalId', 'name', 'kind', 'cvr'], 'x:1, Fjord ApS ,sme,')).toEqual({
      type: 'organization',
      externalId: 'x:1',
      name: 'Fjord ApS',
      kind: 'sme',
    });
    expect(() => csvRecord(['externalId', 'name'], 'x:1')).toThrow('1 fields where the header has 2');
  });
});

import {
  emailDomainOf,
  nameKey,
  normaliseName,
  ParticipantCsvError,
  readParticipantCsv,
} from './participant-csv';

describe('readParticipantCsv', () => {
  it('reads a semicolon file with a byte-order mark, CRLF line ends and columns in any order and case', () => {
    const lines = readParticipantCsv(
      '\uFEFFCountry;Name;CVR;Email_Domain\r\ndk;Fjordmejeriet ApS;DK-1234 5674;anna@Fjordmejeriet.dk\r\n',
    );
    expect(lines).toEqual([
      {
        line: 2,
        input: {
          name: 'Fjordmejeriet ApS',
          cvr: 'DK-1234 5674',
          email_domain: 'anna@Fjordmejeriet.dk',
          country: 'dk',
        },
        errors: [],
        name: 'Fjordmejeriet ApS',
        cvr: '12345674',
        domain: 'fjordmejeriet.dk',
        country: 'DK',
      },
    ]);
  });

  it('reads commas and quoted cells (with commas, doubled quotes and line breaks), keeping line numbers', () => {
    const lines = readParticipantCsv(
      'name,country\n"Komma, og ""Co"" ApS",SE\n\n"Two\nlines A/S",\nLast,NO\n',
    );
    expect(lines.map(({ line, name, country }) => ({ line, name, country }))).toEqual([
      { line: 2, name: 'Komma, og "Co" ApS', country: 'SE' },
      { line: 4, name: 'Two lines A/S', country: 'DK' },
      { line: 6, name: 'Last', country: 'NO' },
    ]);
  });

  it('gives a bad line its errors and reads the rest', () => {
    const lines = readParticipantCsv(
      'name;cvr;email_domain;country\n;12345678;not a domain;Denmark\nOK ApS;;;\n',
    );
    expect(lines[0].errors).toEqual([
      { field: 'name', message: 'The name is missing' },
      { field: 'cvr', message: 'CVR check digit is wrong — check the number' },
      {
        field: 'email_domain',
        message: 'Give an email address or a domain, such as anna@firma.dk or firma.dk',
      },
      { field: 'country', message: 'The country must be a two-letter code, such as DK or SE' },
    ]);
    expect(lines[1]).toMatchObject({
      line: 3,
      errors: [],
      name: 'OK ApS',
      cvr: null,
      domain: null,
      country: 'DK',
    });
  });

  it.each([
    ['an empty file', ''],
    ['a header without a name column', 'firma;cvr\nFjordmejeriet;12345674\n'],
  ])('refuses %s as a whole', (_case, text) => {
    expect(() => readParticipantCsv(text)).toThrow(ParticipantCsvError);
  });
});

describe('matching keys', () => {
  it.each([
    ['anna@firma.dk', 'firma.dk'],
    ['https://www.Firma.dk/om-os', 'firma.dk'],
    ['www.mejeri-nord.dk', 'mejeri-nord.dk'],
    ['blåbær.dk', 'blåbær.dk'],
    ['firma', null],
    ['anna@', null],
  ])('the domain of %s is %s', (input, domain) => {
    expect(emailDomainOf(input)).toBe(domain);
  });

  it('compares names without case, punctuation and extra spaces, per country', () => {
    expect(normaliseName('  Fjord-Mejeriet   ApS ')).toBe('fjord mejeriet aps');
    expect(normaliseName('ØSTERGAARD & SØN')).toBe('østergaard søn');
    expect(nameKey('Andet ApS', 'DK')).toBe(nameKey('andet aps.', 'DK'));
    expect(nameKey('Andet ApS', 'DK')).not.toBe(nameKey('Andet ApS', 'SE'));
  });
});

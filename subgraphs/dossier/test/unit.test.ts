import { readFileSync } from 'node:fs';
import { ANONYMOUS, ErrorCode, HubError, type Identity } from '@hub/shared';
import { identityOf } from '@hub/shared/testing';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOSSIER_FASEN, DOSSIER_STATUSSEN, KANALEN, MAATREGEL_STATUSSEN, VRAAG_STATUSSEN, WERKCATEGORIEEN } from '../src/domain.js';
import { decimalToNumber } from '../src/mappers.js';
import { referentieOf } from '../src/repositories/dossier.repository.js';
import { DateTimeScalar } from '../src/scalars.js';
import { decodeCursor, encodeCursor, pageSize } from '../src/services/paginering.js';
import { Toegang } from '../src/services/toegang.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof HubError ? err.code : String(err);
  }
  return undefined;
};

describe('Toegang', () => {
  const scope = (who: Identity) => {
    try {
      return new Toegang(who).dossierScope();
    } catch (err) {
      return (err as HubError).code;
    }
  };

  it.each([
    ['spoc', { all: true }],
    ['energieconsulent', { all: true }],
    ['burger', { all: false, burgerInsz: '85031412302', begeleiderSub: null, partnerOrganisatie: null, stadsdienst: false }],
    ['renovatiebegeleider', { all: false, burgerInsz: null, begeleiderSub: 'stad-lies.wouters', partnerOrganisatie: null, stadsdienst: false }],
    ['partner', { all: false, burgerInsz: null, begeleiderSub: null, partnerOrganisatie: 'dialoog', stadsdienst: false }],
    ['stadsdienst', { all: false, burgerInsz: null, begeleiderSub: null, partnerOrganisatie: null, stadsdienst: true }],
    ['analist', ErrorCode.FORBIDDEN],
    ['burgerprofiel', ErrorCode.FORBIDDEN],
  ])('dossier scope of %s', (who, expected) => {
    expect(scope(identityOf(who))).toEqual(expected);
  });

  it('anonymous callers must log in; a citizen without INSZ claim sees nothing', () => {
    expect(scope(ANONYMOUS)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(scope({ sub: 'acm-x', rollen: ['burger'] })).toBe(ErrorCode.FORBIDDEN);
  });

  it('a partner of an organisation the CRM does not work with sees nothing', () => {
    expect(scope({ sub: 'stad-z', rollen: ['partner'], organisatie: 'onbekend' })).toBe(ErrorCode.FORBIDDEN);
    expect(scope({ sub: 'stad-z', rollen: ['partner'] })).toBe(ErrorCode.FORBIDDEN);
  });

  it('combines the views of a caller with several roles', () => {
    const both: Identity = { sub: 'stad-x', rollen: ['renovatiebegeleider', 'burger'], insz: '85031412302' };
    expect(scope(both)).toEqual({ all: false, burgerInsz: '85031412302', begeleiderSub: 'stad-x', partnerOrganisatie: null, stadsdienst: false });
    expect(scope({ sub: 'stad-y', rollen: ['analist', 'spoc'] })).toEqual({ all: true });
  });

  it.each([
    ['spoc', { kind: 'alle' }],
    ['stadsdienst', { kind: 'alle' }],
    ['burger', { kind: 'betrokken', burgerInsz: '85031412302', begeleiderSub: null, partnerOrganisatie: null }],
    ['renovatiebegeleider', { kind: 'betrokken', burgerInsz: null, begeleiderSub: 'stad-lies.wouters', partnerOrganisatie: null }],
    ['partner', { kind: 'betrokken', burgerInsz: null, begeleiderSub: null, partnerOrganisatie: 'dialoog' }],
    ['analist', { kind: 'geen' }],
  ])('woning scope of %s', (who, expected) => {
    expect(new Toegang(identityOf(who)).woningScope()).toEqual(expected);
  });

  it('shows an INSZ to the back office and to the citizen themself only', () => {
    expect(new Toegang(identityOf('spoc')).mayReadInsz('01072245650')).toBe(true);
    expect(new Toegang(identityOf('burger')).mayReadInsz('85031412302')).toBe(true);
    expect(new Toegang(identityOf('burger')).mayReadInsz('01072245650')).toBe(false);
    expect(new Toegang(identityOf('renovatiebegeleider')).mayReadInsz('85031412302')).toBe(false);
  });
});

describe('pagination', () => {
  it('bounds first to 1..100 and defaults to 20', () => {
    expect([pageSize(undefined), pageSize(null), pageSize(1), pageSize(100)]).toEqual([20, 20, 1, 100]);
    expect([0, 101, -1, 2.5].map((n) => codeOf(() => pageSize(n)))).toEqual(Array(4).fill(ErrorCode.BAD_USER_INPUT));
  });

  it('round-trips a cursor and refuses anything else', () => {
    const position = { laatsteWijziging: new Date('2026-02-28T09:00:00.123Z'), id: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    const bad = ['', 'x'.repeat(300), 'a b', Buffer.from('d1|2026-02-30T00:00:00.000Z|5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001').toString('base64url')];
    expect(bad.map((c) => codeOf(() => decodeCursor(c)))).toEqual(Array(bad.length).fill(ErrorCode.BAD_USER_INPUT));
  });
});

describe('mapping', () => {
  it('turns NUMERIC strings into numbers', () => {
    expect([decimalToNumber('9000.00'), decimalToNumber('65.50'), decimalToNumber(null), decimalToNumber(12)]).toEqual([9000, 65.5, null, 12]);
    expect(() => decimalToNumber('abc')).toThrow('Not a decimal number');
  });

  it('numbers dossiers in the Belgian year they were opened, with at least six digits', () => {
    expect(referentieOf(new Date('2026-06-01T10:00:00Z'), 42)).toBe('REN-2026-000042');
    expect(referentieOf(new Date('2025-12-31T23:30:00Z'), 1)).toBe('REN-2026-000001');
    expect(referentieOf(new Date('2026-06-01T10:00:00Z'), 1_234_567)).toBe('REN-2026-1234567');
  });

  it('writes DateTime as ISO-8601 UTC and reads only ISO-8601 with a time zone', () => {
    expect(DateTimeScalar.serialize(new Date('2026-03-01T10:30:00+01:00'))).toBe('2026-03-01T09:30:00.000Z');
    expect(DateTimeScalar.parseValue('2026-03-01T10:30:00+01:00')).toEqual(new Date('2026-03-01T09:30:00.000Z'));
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-03-01T09:30:00Z' })).toEqual(new Date('2026-03-01T09:30:00Z'));
    expect(['2026-03-01', '2026-03-01T09:30:00', 'morgen', 42].map((v) => codeOf(() => DateTimeScalar.parseValue(v)))).toEqual(
      Array(4).fill(ErrorCode.BAD_USER_INPUT),
    );
  });
});

it('the GraphQL enums and the value sets of the database are the same', () => {
  const doc = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const enumValues = (name: string) =>
    (doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name) as EnumTypeDefinitionNode).values!.map((v) => v.name.value);
  expect({
    Kanaal: enumValues('Kanaal'),
    VraagStatus: enumValues('VraagStatus'),
    DossierFase: enumValues('DossierFase'),
    DossierStatus: enumValues('DossierStatus'),
    Werkcategorie: enumValues('Werkcategorie'),
    MaatregelStatus: enumValues('MaatregelStatus'),
  }).toEqual({
    Kanaal: [...KANALEN],
    VraagStatus: [...VRAAG_STATUSSEN],
    DossierFase: [...DOSSIER_FASEN],
    DossierStatus: [...DOSSIER_STATUSSEN],
    Werkcategorie: [...WERKCATEGORIEEN],
    MaatregelStatus: [...MAATREGEL_STATUSSEN],
  });
});

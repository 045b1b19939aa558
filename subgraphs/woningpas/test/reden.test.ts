import { describe, expect, it } from 'vitest';
import { ANONYMOUS, HubError, type Identity } from '@hub/shared';
import { identityOf } from '@hub/shared/testing';
import { rechtsgrondVoor, rechtsgrondVoorStatistiek } from '../src/services/reden.js';

function refusal(identity: Identity) {
  try {
    rechtsgrondVoor(identity);
  } catch (err) {
    expect(err).toBeInstanceOf(HubError);
    return { code: (err as HubError).code, message: (err as HubError).message };
  }
  throw new Error('expected a refusal');
}

describe('the legal purpose (reden) for VEKA, per role', () => {
  it.each([
    ['burger', { rol: 'burger', reden: 'Raadpleging eigen woning door de burger (Mijn VerbouwPremie/renovatiebegeleiding)' }],
    ['burger2', { rol: 'burger', reden: 'Raadpleging eigen woning door de burger (Mijn VerbouwPremie/renovatiebegeleiding)' }],
    ['spoc', { rol: 'spoc', reden: 'Renovatiebegeleiding Energieloket Leuven (rol spoc)' }],
    ['energieconsulent', { rol: 'energieconsulent', reden: 'Renovatiebegeleiding Energieloket Leuven (rol energieconsulent)' }],
    ['renovatiebegeleider', { rol: 'renovatiebegeleider', reden: 'Renovatiebegeleiding Energieloket Leuven (rol renovatiebegeleider)' }],
    ['partner', { rol: 'partner', reden: 'Renovatiebegeleiding Energieloket Leuven (rol partner, organisatie dialoog)' }],
    ['stadsdienst', { rol: 'stadsdienst', reden: 'Renovatiebegeleiding Energieloket Leuven (rol stadsdienst, dienst erfgoed)' }],
  ])('%s', (persona, expected) => {
    expect(rechtsgrondVoor(identityOf(persona))).toEqual(expected);
  });

  it('names the partner role without an organisation when the identity has none', () => {
    expect(rechtsgrondVoor({ sub: 'p', rollen: ['partner'] })).toEqual({ rol: 'partner', reden: 'Renovatiebegeleiding Energieloket Leuven (rol partner)' });
  });

  it('takes the staff purpose for a caller with a staff role and another role', () => {
    expect(rechtsgrondVoor({ sub: 'x', rollen: ['analist', 'energieconsulent'] })).toEqual({
      rol: 'energieconsulent',
      reden: 'Renovatiebegeleiding Energieloket Leuven (rol energieconsulent)',
    });
  });

  it('gives an analist no purpose: aggregates only', () => {
    expect(refusal(identityOf('analist'))).toEqual({ code: 'FORBIDDEN', message: 'Je rol geeft geen wettelijke reden om EPC-gegevens op te vragen.' });
  });

  it('gives Mijn Burgerprofiel no purpose: case status only', () => {
    expect(refusal(identityOf('burgerprofiel'))).toEqual({ code: 'FORBIDDEN', message: 'Je rol geeft geen wettelijke reden om EPC-gegevens op te vragen.' });
  });

  it('refuses an anonymous caller as unauthenticated', () => {
    expect(refusal(ANONYMOUS)).toEqual({ code: 'UNAUTHENTICATED', message: 'Aanmelden is vereist.' });
  });
});

describe('the legal purpose for the statistics (EPC labels of the guided homes)', () => {
  it.each(['analist', 'spoc', 'energieconsulent'])('%s', (persona) => {
    expect(rechtsgrondVoorStatistiek(identityOf(persona))).toEqual({
      rol: persona,
      reden: `Renovatiebegeleiding Energieloket Leuven: statistiek zonder persoonsgegevens (rol ${persona})`,
    });
  });

  it.each(['burger', 'renovatiebegeleider', 'partner', 'stadsdienst', 'burgerprofiel'])('refuses %s', (persona) => {
    expect(() => rechtsgrondVoorStatistiek(identityOf(persona))).toThrow(expect.objectContaining({ message: 'Geen toegang.', extensions: { code: 'FORBIDDEN' } }));
  });

  it('refuses an anonymous caller as unauthenticated', () => {
    expect(() => rechtsgrondVoorStatistiek(ANONYMOUS)).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
  });
});

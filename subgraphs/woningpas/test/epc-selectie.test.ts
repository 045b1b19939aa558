import { describe, expect, it } from 'vitest';
import type { Certificaat, CertificaatDetail } from '../src/clients/epc.js';
import type { AdresModel } from '../src/models.js';
import { detailHoortBijWoning, kandidaatCertificaten, naarEpc, zelfdeAdres } from '../src/services/epc.js';

const ADRES: AdresModel = {
  adresId: '3000044',
  volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven',
  straatnaam: 'Brusselsestraat',
  huisnummer: '44',
  busnummer: '2',
  postcode: '3000',
  gemeentenaam: 'Leuven',
  status: 'inGebruik',
  officieelToegekend: true,
  positie: null,
};

const cert = (attestnummer: string, extra: Partial<Certificaat> = {}): Certificaat => ({
  attestnummer,
  adressen: [{ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000', gemeente: 'Leuven' }],
  datumIngediend: '2024-01-01T10:00:00+01:00',
  datumGeldigheid: '2034-01-01T00:00:00+01:00',
  ...extra,
});

const detail = (extra: Partial<CertificaatDetail> = {}): CertificaatDetail => ({
  attestnummer: 'X',
  datumGeldigheid: '2034-01-01T00:00:00+01:00',
  score: { label: { waarde: 'B' }, kengetal: { waarde: 150 } },
  ...extra,
});

describe('choosing the EPC of a home', () => {
  it('compares addresses the way people type them, box number included', () => {
    expect(zelfdeAdres({ straat: 'BRUSSELSE-straat', huisnummer: '44', busnummer: '2', postcode: '3000' }, ADRES)).toBe(true);
    expect(zelfdeAdres({ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '1', postcode: '3000' }, ADRES)).toBe(false);
    expect(zelfdeAdres({ straat: 'Brusselsestraat', huisnummer: '44', postcode: '3000' }, ADRES)).toBe(false);
    expect(zelfdeAdres({ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '', postcode: '3000' }, { ...ADRES, busnummer: null })).toBe(true);
    expect(zelfdeAdres({ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3010' }, ADRES)).toBe(false);
  });

  it('keeps valid certificates at this address, newest submission first', () => {
    const lijst = [
      cert('oud', { datumIngediend: '2020-05-01T10:00:00+02:00' }),
      cert('verlopen', { datumIngediend: '2025-01-01T10:00:00+01:00', datumGeldigheid: '2026-11-27T00:00:00+01:00' }),
      cert('andere-bus', { datumIngediend: '2025-06-01T10:00:00+02:00', adressen: [{ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '1', postcode: '3000' }] }),
      cert('nieuw', { datumIngediend: '2024-09-01T10:00:00+02:00' }),
      cert('zonder-adressen', { datumIngediend: '2021-01-01T10:00:00+01:00', adressen: null }),
      cert('vandaag-nog-geldig', { datumIngediend: '2019-01-01T10:00:00+01:00', datumGeldigheid: '2026-11-28T00:00:00+01:00' }),
    ];
    expect(kandidaatCertificaten(lijst, ADRES, '2026-11-28').map((c) => c.attestnummer)).toEqual(['nieuw', 'zonder-adressen', 'oud', 'vandaag-nog-geldig']);
  });

  it('accepts a detail by its address register id, else by its address', () => {
    expect(detailHoortBijWoning(detail({ adres: { arId: 3000044 } }), ADRES)).toBe(true);
    expect(detailHoortBijWoning(detail({ adres: { arId: 3000043, straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000' } }), ADRES)).toBe(false);
    expect(detailHoortBijWoning(detail({ adres: { straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000' } }), ADRES)).toBe(true);
    expect(detailHoortBijWoning(detail({ adres: { straat: 'Brusselsestraat', huisnummer: '44', busnummer: '1', postcode: '3000' } }), ADRES)).toBe(false);
    expect(detailHoortBijWoning(detail(), ADRES)).toBe(true);
  });

  it('maps a detail with only the required fields, and leaves out advice without a category or method without a description', () => {
    expect(
      naarEpc(
        detail({
          attestnummer: '20250211-0003402716-RES-1',
          score: { label: { waarde: 'A+' }, kengetal: { waarde: -4.5 } },
          aanbevelingen: [
            { categorie: null, prioriteit: 1 },
            { categorie: 'ventilatie', uitvoeringsmethodes: [{ omschrijving: null, geschattePrijsvorkVan: 1 }, { omschrijving: 'Systeem D' }] },
            { categorie: 'dak', prioriteit: 2 },
          ],
        }),
      ),
    ).toEqual({
      certificaatnummer: '20250211-0003402716-RES-1',
      label: 'A_PLUS',
      energiescore: -4.5,
      bouwjaar: null,
      gebouwType: null,
      geldigTot: '2034-01-01',
      ingediendOp: null,
      gebouweenheidId: null,
      aanbevelingen: [
        { categorie: 'dak', type: null, subtype: null, prioriteit: 2, huidigeSituatie: null, uitvoeringsmethodes: [] },
        {
          categorie: 'ventilatie',
          type: null,
          subtype: null,
          prioriteit: null,
          huidigeSituatie: null,
          uitvoeringsmethodes: [{ omschrijving: 'Systeem D', geschattePrijsvorkVan: null, geschattePrijsvorkTot: null }],
        },
      ],
    });
  });
});

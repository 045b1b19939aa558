import { describe, expect, it } from 'vitest';
import type { Certificaat, CertificaatDetail } from '../src/clients/epc.js';
import type { AdresModel } from '../src/models.js';
import { categorieVan, certificaatVanWoning, detailHoortBijWoning, kandidaatCertificaten, naarEpc, typeVan, zelfdeAdres, type WoningVoorEpc } from '../src/services/epc.js';

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

/** The home by address only (the register knows no unit of its own), and by its unit. */
const OP_ADRES: WoningVoorEpc = { adres: ADRES, eenheid: null };
const MET_EENHEID: WoningVoorEpc = { adres: ADRES, eenheid: { gebouweenheidId: '30000442', status: 'GEREALISEERD' } };

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
    expect(kandidaatCertificaten(lijst, OP_ADRES, '2026-11-28').map((c) => c.attestnummer)).toEqual(['nieuw', 'zonder-adressen', 'oud', 'vandaag-nog-geldig']);
  });

  it('matches a certificate by building unit when the home and the certificate both know one, else by address', () => {
    const andereBus = { adressen: [{ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '1', postcode: '3000' }] };
    // The unit decides, whatever address the certificate spells (a unit can have several addresses).
    expect(certificaatVanWoning(cert('eigen-eenheid', { gebouweenheidId: 30000442, ...andereBus }), MET_EENHEID)).toBe(true);
    expect(certificaatVanWoning(cert('andere-eenheid', { gebouweenheidId: 30000441 }), MET_EENHEID)).toBe(false);
    // A certificate without a unit (an older EPC) is matched by address.
    expect(certificaatVanWoning(cert('zonder-eenheid', { gebouweenheidId: null }), MET_EENHEID)).toBe(true);
    expect(certificaatVanWoning(cert('zonder-eenheid-andere-bus', { gebouweenheidId: null, ...andereBus }), MET_EENHEID)).toBe(false);
    // A home without a unit of its own: by address only.
    expect(certificaatVanWoning(cert('adres', { gebouweenheidId: 30000441 }), OP_ADRES)).toBe(true);
    expect(certificaatVanWoning(cert('adres-andere-bus', { gebouweenheidId: 30000442, ...andereBus }), OP_ADRES)).toBe(false);
  });

  it('accepts a detail by its building unit, else its address register id, else its address', () => {
    expect(detailHoortBijWoning(detail({ gebouweenheidId: 30000442, adres: { arId: 3000045 } }), MET_EENHEID)).toBe(true);
    expect(detailHoortBijWoning(detail({ gebouweenheidId: 30000441, adres: { arId: 3000044 } }), MET_EENHEID)).toBe(false);
    expect(detailHoortBijWoning(detail({ adres: { arId: 3000044 } }), MET_EENHEID)).toBe(true);
    expect(detailHoortBijWoning(detail({ gebouweenheidId: 30000441, adres: { arId: 3000044 } }), OP_ADRES)).toBe(true);
    expect(detailHoortBijWoning(detail({ adres: { arId: 3000043, straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000' } }), OP_ADRES)).toBe(false);
    expect(detailHoortBijWoning(detail({ adres: { straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000' } }), OP_ADRES)).toBe(true);
    expect(detailHoortBijWoning(detail({ adres: { straat: 'Brusselsestraat', huisnummer: '44', busnummer: '1', postcode: '3000' } }), OP_ADRES)).toBe(false);
    expect(detailHoortBijWoning(detail(), OP_ADRES)).toBe(true);
  });

  it.each([
    ['dak', 'DAK'],
    ['Hellend dak', 'DAK'],
    ['muren', 'MUREN'],
    ['Buitenmuren', 'MUREN'],
    ['vloeren', 'VLOEREN'],
    ['vensters', 'VENSTERS'],
    ['ramen', 'VENSTERS'],
    ['deuren', 'DEUREN'],
    ['verwarming', 'VERWARMING'],
    ['sanitair warm water', 'SANITAIR_WARM_WATER'],
    ['ventilatie', 'VENTILATIE'],
    ['zonneboiler', 'ZONNEBOILER'],
    ['zonnepanelen', 'ZONNEPANELEN'],
    ['fotovoltaïsche panelen', 'ZONNEPANELEN'],
    ['luchtdichtheid', 'LUCHTDICHTHEID'],
    ['koeling', 'ANDERE'],
  ])('types the advice category %s as %s', (veka, categorie) => {
    expect(categorieVan(veka)).toBe(categorie);
  });

  it('types the kind of work, null when VEKA names none', () => {
    expect([typeVan('isolatie'), typeVan('Vervanging'), typeVan('plaatsing'), typeVan('uitbreiding'), typeVan('renovatie'), typeVan(null), typeVan('')]).toEqual([
      'ISOLATIE',
      'VERVANGING',
      'PLAATSING',
      'UITBREIDING',
      'ANDERE',
      null,
      null,
    ]);
  });

  it('maps a detail with only the required fields, and leaves out advice without a category or method without a description', () => {
    expect(
      naarEpc(
        detail({
          attestnummer: '20250211-0003402716-RES-1',
          score: { label: { waarde: 'A+' }, kengetal: { waarde: -4.5 } },
          aanbevelingen: [
            { categorie: null, prioriteit: 1 },
            { categorie: 'ventilatie', type: 'plaatsing', uitvoeringsmethodes: [{ omschrijving: null, geschattePrijsvorkVan: 1 }, { omschrijving: 'Systeem D' }] },
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
        { categorie: 'DAK', vekaCategorie: 'dak', type: null, vekaType: null, subtype: null, prioriteit: 2, huidigeSituatie: null, uitvoeringsmethodes: [] },
        {
          categorie: 'VENTILATIE',
          vekaCategorie: 'ventilatie',
          type: 'PLAATSING',
          vekaType: 'plaatsing',
          subtype: null,
          prioriteit: null,
          huidigeSituatie: null,
          uitvoeringsmethodes: [{ omschrijving: 'Systeem D', geschattePrijsvorkVan: null, geschattePrijsvorkTot: null }],
        },
      ],
    });
  });
});

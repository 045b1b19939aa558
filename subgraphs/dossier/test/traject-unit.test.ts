import { createHash } from 'node:crypto';
import { ErrorCode, HubError } from '@hub/shared';
import { describe, expect, it } from 'vitest';
import { detectType, mediaTypeOf, zipEntryNames } from '../src/documents/bestandstype.js';
import { contentDisposition } from '../src/documents/routes.js';
import { aangegevenType, bestandsnaamVan, checkAangegevenGrootte, controleer, UploadGeweigerd } from '../src/documents/upload.js';
import { demoPdf } from '../src/seed/demo-pdf.js';
import { mijlpaalDetailsFromInput, parseMijlpaalDetails } from '../src/services/mijlpaal-details.js';
import { bedrag, btwTarief, dagInBelgie, kbo, nietNaVandaag, oppervlakte } from '../src/services/traject-invoer.js';
import { checkMaatregelOvergang, checkOfferteOvergang, MAATREGEL_OVERGANGEN } from '../src/services/traject-regels.js';
import { DOCX, JPEG, PDF, PNG, TYPES, XLSX, ZIP, zip } from './bestanden.js';

/** The code and message (and field) of what `fn` throws, to compare whole errors. */
const fout = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof HubError) return { code: err.code, message: err.message, ...('field' in err.extensions ? { field: err.extensions.field } : {}) };
    if (err instanceof UploadGeweigerd) return { status: err.status, message: err.message };
    throw err;
  }
  throw new Error('did not throw');
};

describe('file types from the bytes', () => {
  it.each([
    ['pdf', PDF, TYPES.pdf],
    ['png', PNG, TYPES.png],
    ['jpeg', JPEG, TYPES.jpeg],
    ['docx', DOCX, TYPES.docx],
    ['xlsx', XLSX, TYPES.xlsx],
    ['a demo pdf', demoPdf(['Titel', 'Een regel']), TYPES.pdf],
  ])('recognises %s', (_, bytes, type) => {
    expect(detectType(bytes)).toBe(type);
  });

  it.each([
    ['text', Buffer.from('gewoon tekst')],
    ['a zip that is no Office document', ZIP],
    ['a zip without its directory', ZIP.subarray(0, ZIP.length - 22)],
    ['a truncated png signature', PNG.subarray(0, 4)],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_, bytes) => {
    expect(detectType(bytes)).toBeNull();
  });

  it('reads the entry names of a zip from its central directory', () => {
    expect(zipEntryNames(zip({ 'a.txt': 'a', 'map/b.xml': '<b/>' }))).toEqual(['a.txt', 'map/b.xml']);
    expect(zipEntryNames(Buffer.from('PK\u0003\u0004 kapot'))).toBeNull();
  });

  it('normalises the declared media type', () => {
    expect([mediaTypeOf('application/pdf; charset=binary'), mediaTypeOf('IMAGE/JPG'), mediaTypeOf(''), mediaTypeOf(undefined)]).toEqual([
      'application/pdf',
      'image/jpeg',
      null,
      null,
    ]);
  });
});

describe('upload checks', () => {
  it('takes the file name from the query or the URL-encoded header, without a path', () => {
    expect(bestandsnaamVan('plan.pdf', undefined)).toBe('plan.pdf');
    expect(bestandsnaamVan(null, 'offerte%20d%C3%A4k.pdf')).toBe('offerte däk.pdf');
    expect(bestandsnaamVan('../../etc/passwd', undefined)).toBe('passwd');
    expect(bestandsnaamVan('C:\\map\\factuur.pdf', undefined)).toBe('factuur.pdf');
  });

  it.each([
    [null, undefined, "Geef de bestandsnaam mee: de query-parameter 'bestandsnaam' of de header 'x-bestandsnaam'."],
    ['  ', undefined, 'De bestandsnaam is leeg.'],
    ['map/', undefined, 'De bestandsnaam is leeg.'],
    ['x'.repeat(201), undefined, 'De bestandsnaam is te lang: hoogstens 200 tekens.'],
    [null, '%E0%A4%A', "De header 'x-bestandsnaam' is geen geldig URL-gecodeerde naam."],
  ])('refuses the name %j / %j with 400', (query, header, message) => {
    expect(fout(() => bestandsnaamVan(query, header))).toEqual({ status: 400, message });
  });

  it('refuses a declared type outside the list, or none, with 415', () => {
    expect(aangegevenType('image/png')).toBe('image/png');
    expect(fout(() => aangegevenType('text/html'))).toEqual({
      status: 415,
      message: 'Bestanden van type text/html worden niet aanvaard: enkel PDF, PNG, JPEG, Word (docx), Excel (xlsx).',
    });
    expect(fout(() => aangegevenType(undefined))).toEqual({
      status: 415,
      message: 'Geef het type van het bestand mee in de header Content-Type (PDF, PNG, JPEG, Word (docx), Excel (xlsx)).',
    });
  });

  it('refuses a declared length over the limit with 413', () => {
    expect(() => checkAangegevenGrootte('100', { maxBytes: 100 })).not.toThrow();
    expect(fout(() => checkAangegevenGrootte('101', { maxBytes: 100 }))).toEqual({ status: 413, message: 'Het bestand is groter dan 100 bytes (0.0 MB).' });
  });

  it('checks the bytes against the declared type and computes the SHA-256', () => {
    expect(controleer(Buffer.from(PNG), 'foto.png', 'image/png')).toEqual({
      bestandsnaam: 'foto.png',
      mimeType: 'image/png',
      grootte: PNG.length,
      sha256: createHash('sha256').update(PNG).digest('hex'),
    });
    expect(fout(() => controleer(PNG, 'plan.pdf', 'application/pdf'))).toEqual({ status: 415, message: 'Het bestand is aangegeven als PDF, maar de inhoud is PNG.' });
    expect(fout(() => controleer(Buffer.from('hallo'), 'plan.pdf', 'application/pdf'))).toEqual({
      status: 415,
      message: 'De inhoud van het bestand is geen PDF, PNG, JPEG, Word (docx), Excel (xlsx).',
    });
    expect(fout(() => controleer(Buffer.alloc(0), 'plan.pdf', 'application/pdf'))).toEqual({ status: 400, message: 'Het bestand is leeg.' });
  });

  it('names the download with an ASCII fallback and the exact name', () => {
    expect(contentDisposition('offerte "dak" é.pdf')).toBe(`attachment; filename="offerte _dak_ e.pdf"; filename*=UTF-8''offerte%20%22dak%22%20%C3%A9.pdf`);
    expect(contentDisposition('日本.pdf')).toBe(`attachment; filename=".pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`);
  });
});

describe('milestone details per kind', () => {
  it('keeps exactly the fields of the kind', () => {
    expect(mijlpaalDetailsFromInput('CONTACTMOMENT', { kanaal: 'TELEFOON', samenvatting: ' Gebeld ' })).toEqual({ kanaal: 'TELEFOON', samenvatting: 'Gebeld' });
    expect(mijlpaalDetailsFromInput('AFSPRAKENNOTA', { stappen: ['Dak', 'Ramen'] })).toEqual({ stappen: ['Dak', 'Ramen'] });
    expect(mijlpaalDetailsFromInput('ARCHITECT_ADVIES', { nodig: true, advies: 'Stabiliteit' })).toEqual({ nodig: true, advies: 'Stabiliteit' });
    expect(mijlpaalDetailsFromInput('OMGEVINGSVERGUNNING', { nodig: false })).toEqual({ nodig: false });
    expect(mijlpaalDetailsFromInput('HUISBEZOEK', { kanaal: null })).toEqual({});
  });

  it.each([
    ['HUISBEZOEK', { stappen: ['x'] }, "'input.stappen' hoort niet bij een mijlpaal van soort HUISBEZOEK.", 'input.stappen'],
    ['CONTACTMOMENT', { kanaal: 'EMAIL' }, "'input.samenvatting' is verplicht: 1 tot 2000 tekens (bij een mijlpaal van soort CONTACTMOMENT).", 'input.samenvatting'],
    ['CONTACTMOMENT', { samenvatting: 'x' }, "'input.kanaal' is verplicht (bij een mijlpaal van soort CONTACTMOMENT).", 'input.kanaal'],
    ['AFSPRAKENNOTA', { stappen: [] }, "'input.stappen' is verplicht: 1 tot 50 stappen van elk 1 tot 500 tekens (bij een mijlpaal van soort AFSPRAKENNOTA).", 'input.stappen'],
    ['AFSPRAKENNOTA', { stappen: ['ok', '  '] }, "'input.stappen' is verplicht: 1 tot 50 stappen van elk 1 tot 500 tekens (bij een mijlpaal van soort AFSPRAKENNOTA).", 'input.stappen'],
    ['ARCHITECT_ADVIES', { nodig: true }, "'input.advies' is verplicht: 1 tot 2000 tekens (bij een mijlpaal van soort ARCHITECT_ADVIES).", 'input.advies'],
    ['INNAME_OPENBAAR_DOMEIN', { advies: 'x', nodig: true }, "'input.advies' hoort niet bij een mijlpaal van soort INNAME_OPENBAAR_DOMEIN.", 'input.advies'],
  ] as const)('refuses %s with %j', (soort, input, message, field) => {
    expect(fout(() => mijlpaalDetailsFromInput(soort, input))).toEqual({ code: ErrorCode.BAD_USER_INPUT, message, field });
  });

  it('refuses a stored row that does not match its kind (a bug, not data)', () => {
    expect(() => parseMijlpaalDetails('CONTACTMOMENT', { kanaal: 'DUIF', samenvatting: 'x' })).toThrow(/does not match kind CONTACTMOMENT/);
    expect(parseMijlpaalDetails('OMGEVINGSVERGUNNING', { nodig: true })).toEqual({ soort: 'OMGEVINGSVERGUNNING', nodig: true });
  });
});

describe('amounts, KBO, VAT and days', () => {
  it('keeps amounts as exact decimals', () => {
    expect([bedrag(0, 'b'), bedrag(9250, 'b'), bedrag(0.1 + 0.2, 'b'), bedrag(1234.5, 'b'), oppervlakte(80.25, 'o')]).toEqual(['0.00', '9250.00', '0.30', '1234.50', '80.25']);
  });

  it.each([
    [() => bedrag(-1, 'input.bedragExclBtw'), "'input.bedragExclBtw' moet een bedrag in euro zijn: 0 of meer, met hoogstens 2 decimalen.", 'input.bedragExclBtw'],
    [() => bedrag(1.005, 'input.bedragExclBtw'), "'input.bedragExclBtw' moet een bedrag in euro zijn: 0 of meer, met hoogstens 2 decimalen.", 'input.bedragExclBtw'],
    [() => oppervlakte(0, 'input.oppervlakteM2'), "'input.oppervlakteM2' moet een oppervlakte in m² zijn: meer dan 0, met hoogstens 2 decimalen.", 'input.oppervlakteM2'],
    [() => btwTarief(20, 'input.btwTarief'), "'input.btwTarief' moet een Belgisch btw-tarief zijn: 0, 6, 12, 21 (procent).", 'input.btwTarief'],
    [() => kbo('0123.456.748', 'input.aannemer.kbo'), "'input.aannemer.kbo' is geen geldig ondernemingsnummer (KBO): 10 cijfers met een geldig controlegetal, bv. 0123.456.749.", 'input.aannemer.kbo'],
    [() => kbo('2123456749', 'input.aannemer.kbo'), "'input.aannemer.kbo' is geen geldig ondernemingsnummer (KBO): 10 cijfers met een geldig controlegetal, bv. 0123.456.749.", 'input.aannemer.kbo'],
  ])('refuses bad input %#', (fn, message, field) => {
    expect(fout(fn)).toEqual({ code: ErrorCode.BAD_USER_INPUT, message, field });
  });

  it('normalises a KBO number with separators or BE prefix', () => {
    expect([kbo('0123.456.749', 'k'), kbo('BE 0123 456 749', 'k'), kbo('123456749', 'k')]).toEqual(['0123456749', '0123456749', '0123456749']);
  });

  it('counts days in Belgian time', () => {
    // 23:30 UTC on 31 December is already 1 January in Leuven.
    expect(dagInBelgie(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dagInBelgie(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(nietNaVandaag('2027-01-01', new Date('2026-12-31T23:30:00Z'), 'd')).toBe('2027-01-01');
    expect(fout(() => nietNaVandaag('2027-01-02', new Date('2026-12-31T23:30:00Z'), 'input.datum'))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: "'input.datum' ligt in de toekomst.",
      field: 'input.datum',
    });
  });
});

describe('status rules', () => {
  it('lets a measure go forward one step, and from OFFERTE back to GEPLAND', () => {
    const allowed = Object.entries(MAATREGEL_OVERGANGEN).flatMap(([van, naar]) => naar.map((n) => `${van}->${n}`));
    expect(allowed).toEqual(['GEPLAND->OFFERTE', 'OFFERTE->GEPLAND', 'OFFERTE->BESTELD', 'BESTELD->UITGEVOERD']);
  });

  it('refuses other transitions with INVALID_TRANSITION naming both statuses', () => {
    const err = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        return { code: (e as HubError).code, message: (e as HubError).message, extensions: (e as HubError).extensions };
      }
      return null;
    };
    expect(err(() => checkMaatregelOvergang('GEPLAND', 'UITGEVOERD'))).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'Een maatregel gaat niet van GEPLAND naar UITGEVOERD: vanuit GEPLAND kan enkel OFFERTE.',
      extensions: { code: 'INVALID_TRANSITION', van: 'GEPLAND', naar: 'UITGEVOERD' },
    });
    expect(err(() => checkMaatregelOvergang('UITGEVOERD', 'BESTELD'))?.message).toBe('Een maatregel gaat niet van UITGEVOERD naar BESTELD: UITGEVOERD is de laatste stap.');
    expect(err(() => checkOfferteOvergang('GEKOZEN', 'AFGEWEZEN'))?.message).toBe(
      'Een offerte gaat niet van GEKOZEN naar AFGEWEZEN: een gekozen offerte wordt enkel afgewezen door een andere offerte van de maatregel te kiezen.',
    );
    expect(err(() => checkOfferteOvergang('AFGEWEZEN', 'GEKOZEN'))?.message).toBe('Een offerte gaat niet van AFGEWEZEN naar GEKOZEN: AFGEWEZEN is definitief.');
    expect(err(() => checkOfferteOvergang('AANGEVRAAGD', 'ONTVANGEN'))).toBeNull();
  });
});

import { createHash } from 'node:crypto';
import type { Identity } from '@hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRAJECT_IDS as T } from '../src/server.js';
import { demoPdf } from '../src/seed/demo-pdf.js';
import { DOCX, JPEG, PDF, PNG, TYPES, XLSX, ZIP } from './bestanden.js';
import { C, DEMO_IDS, NOT_EXISTING_ID } from './fixtures.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditIds, auditNa, download, fout, momentopname, NU, tel, upload } from './traject-support.js';

const MAX = 64 * 1024;
let now = new Date(NU);
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: () => new Date(now), documenten: { maxBytes: MAX } });
});
afterAll(() => s?.close());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const UPLOAD_TABELLEN = ['document_upload', 'document_inhoud', 'document'] as const;
const ENERGIEHUIS: Identity = { sub: 'stad-eva.energiehuis', rollen: ['partner'], naam: 'Eva Energiehuis', organisatie: 'energiehuis' };
/** 24 hours after the reference moment: when uploads of the reference moment expire. */
const VERLOOPT = '2026-03-03T09:00:00.000Z';

describe('POST /documenten/upload', () => {
  it('stores an upload and answers what attaching it needs', async () => {
    const voor = await tel(s.dataSource, UPLOAD_TABELLEN);
    const res = await upload(s, 'spoc', PDF, { type: 'application/pdf', naam: 'renovatieplan v2.pdf' });
    expect(res).toEqual({
      status: 201,
      body: { uploadId: expect.stringMatching(/^[0-9a-f-]{36}$/), sha256: sha(PDF), grootte: PDF.length, mimeType: TYPES.pdf, bestandsnaam: 'renovatieplan v2.pdf', verlooptOp: VERLOOPT },
    });
    expect(await tel(s.dataSource, UPLOAD_TABELLEN)).toEqual({ ...voor, document_upload: voor.document_upload + 1, document_inhoud: voor.document_inhoud + 1 });
  });

  it.each([
    ['png', PNG, 'image/png', 'foto.png'],
    ['jpeg (declared as image/jpg)', JPEG, 'image/jpg', 'foto.jpg'],
    ['docx', DOCX, TYPES.docx, 'offerte.docx'],
    ['xlsx', XLSX, TYPES.xlsx, 'meetstaat.xlsx'],
  ])('accepts %s, the type read from the bytes', async (_, bytes, type, naam) => {
    const res = await upload(s, 'burger', bytes, { type, naam });
    expect([res.status, res.body.mimeType, res.body.grootte, res.body.sha256]).toEqual([201, type === 'image/jpg' ? 'image/jpeg' : type, bytes.length, sha(bytes)]);
  });

  it('takes the file name from the x-bestandsnaam header too', async () => {
    const res = await upload(s, 'renovatiebegeleider', PNG, { type: 'image/png', naam: null, headers: { 'x-bestandsnaam': encodeURIComponent('gevel vóór.png') } });
    expect([res.status, res.body.bestandsnaam]).toEqual([201, 'gevel vóór.png']);
  });

  const refusal = (status: number, code: string, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });

  it.each([
    ['an oversized file (declared length)', () => upload(s, 'spoc', Buffer.alloc(MAX + 1, 0x25), { type: 'application/pdf' }), refusal(413, 'BAD_REQUEST', 'Het bestand is groter dan 65536 bytes (0.1 MB).')],
    ['a type outside the list', () => upload(s, 'spoc', Buffer.from('<html></html>'), { type: 'text/html', naam: 'x.html' }), refusal(415, 'BAD_USER_INPUT', 'Bestanden van type text/html worden niet aanvaard: enkel PDF, PNG, JPEG, Word (docx), Excel (xlsx).')],
    ['PNG bytes declared as a PDF', () => upload(s, 'spoc', PNG, { type: 'application/pdf', naam: 'plan.pdf' }), refusal(415, 'BAD_USER_INPUT', 'Het bestand is aangegeven als PDF, maar de inhoud is PNG.')],
    ['a PDF header on PNG bytes', () => upload(s, 'spoc', Buffer.concat([Buffer.from('%PDF'), PNG]), { type: 'application/pdf' }), refusal(415, 'BAD_USER_INPUT', 'De inhoud van het bestand is geen PDF, PNG, JPEG, Word (docx), Excel (xlsx).')],
    ['a zip that is no Office document', () => upload(s, 'spoc', ZIP, { type: TYPES.docx, naam: 'x.docx' }), refusal(415, 'BAD_USER_INPUT', 'De inhoud van het bestand is geen PDF, PNG, JPEG, Word (docx), Excel (xlsx).')],
    ['no Content-Type', () => upload(s, 'spoc', PDF), refusal(415, 'BAD_USER_INPUT', 'Geef het type van het bestand mee in de header Content-Type (PDF, PNG, JPEG, Word (docx), Excel (xlsx)).')],
    ['no file name', () => upload(s, 'spoc', PDF, { type: 'application/pdf', naam: null }), refusal(400, 'BAD_USER_INPUT', "Geef de bestandsnaam mee: de query-parameter 'bestandsnaam' of de header 'x-bestandsnaam'.")],
    ['an empty file', () => upload(s, 'spoc', Buffer.alloc(0), { type: 'application/pdf' }), refusal(400, 'BAD_USER_INPUT', 'Het bestand is leeg.')],
    ['an anonymous caller', () => upload(s, 'anoniem', PDF, { type: 'application/pdf' }), refusal(401, 'UNAUTHENTICATED', 'Aanmelden is vereist.')],
    ['an analyst', () => upload(s, 'analist', PDF, { type: 'application/pdf' }), refusal(403, 'FORBIDDEN', 'Met jouw rol kan je geen documenten opladen.')],
    ['a city service', () => upload(s, 'stadsdienst', PDF, { type: 'application/pdf' }), refusal(403, 'FORBIDDEN', 'Met jouw rol kan je geen documenten opladen.')],
  ])('refuses %s, writing nothing', async (_, call, expected) => {
    const voor = await momentopname(s.dataSource);
    expect(await call()).toEqual(expected);
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });

  it('refuses a body that grows over the limit while it streams (no declared length), writing nothing', async () => {
    const voor = await momentopname(s.dataSource);
    const chunk = Buffer.concat([PDF, Buffer.alloc(16 * 1024, 0x20)]);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const { IDENTITY_HEADER, signIdentity } = await import('@hub/shared');
    const { identityOf, TEST_IDENTITY_SECRET } = await import('@hub/shared/testing');
    const res = await fetch(`${s.url.replace(/\/graphql$/, '')}/documenten/upload?bestandsnaam=groot.pdf`, {
      method: 'POST',
      headers: { [IDENTITY_HEADER]: signIdentity(identityOf('spoc'), TEST_IDENTITY_SECRET), 'content-type': 'application/pdf' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect([res.status, await res.json()]).toEqual([413, { errors: [{ message: 'Het bestand is groter dan 65536 bytes (0.1 MB).', extensions: { code: 'BAD_REQUEST' } }] }]);
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });
});

const VOEG_TOE = `mutation ($input: VoegDocumentToeInput!) { voegDocumentToe(input: $input) { id soort titel bestandsnaam mimeType grootte sha256 inhoudUrl maatregel { id } offerte { id status } factuur { id } toegevoegdDoor { id naam rol organisatie dienst } toegevoegdOp } }`;

describe('attaching an upload with voegDocumentToe', () => {
  it('attaches the caller’s own upload, once; the upload is gone afterwards', async () => {
    const up = await upload(s, 'burger', PDF, { type: 'application/pdf', naam: 'offerte-dak-dak-en-gevel.pdf' });
    const input = { dossierId: DEMO_IDS.dossierAn, uploadId: up.body.uploadId, soort: 'OFFERTE', titel: ' Offerte dak Dak & Gevel ', offerteId: T.offerteAnDakDakEnGevel };
    const res = await s.gql('burger', VOEG_TOE, { input });
    const id = (res.body.data as { voegDocumentToe: { id: string } }).voegDocumentToe.id;
    expect(res.body).toEqual({
      data: {
        voegDocumentToe: {
          id, soort: 'OFFERTE', titel: 'Offerte dak Dak & Gevel', bestandsnaam: 'offerte-dak-dak-en-gevel.pdf', mimeType: 'application/pdf', grootte: PDF.length, sha256: sha(PDF),
          inhoudUrl: `/documenten/${id}/inhoud`, maatregel: { id: C.maatregelAnDak }, offerte: { id: T.offerteAnDakDakEnGevel, status: 'ONTVANGEN' }, factuur: null,
          toegevoegdDoor: { id: 'acm-85031412302', naam: 'An Peeters', rol: 'burger', organisatie: null, dienst: null }, toegevoegdOp: NU.toISOString(),
        },
      },
    });
    const again = await s.gql('burger', VOEG_TOE, { input });
    expect(again.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.uploadId' });
    const offerte = await s.gql('burger', `query ($id: ID!) { dossier(id: $id) { maatregelen { offertes { id documenten { id } } } } }`, { id: DEMO_IDS.dossierAn });
    expect((offerte.body.data as any).dossier.maatregelen[0].offertes).toEqual([
      { id: T.offerteAnDakJanssens, documenten: [{ id: T.documentAnOfferteDak }] },
      { id: T.offerteAnDakDakEnGevel, documenten: [{ id }] },
    ]);
  });

  it('refuses someone else’s upload, an unknown one and an expired one alike, and what the caller may not attach; nothing written', async () => {
    const van = await upload(s, 'renovatiebegeleider', PDF, { type: 'application/pdf', naam: 'plan.pdf' });
    const mijn = await upload(s, 'burger', PDF, { type: 'application/pdf', naam: 'attest.pdf' });
    const voor = await momentopname(s.dataSource);
    const onbekend = 'Onbekende upload: ze bestaat niet, is verlopen of werd door iemand anders opgeladen. Laad het bestand opnieuw op.';
    const an = { dossierId: DEMO_IDS.dossierAn, soort: 'ATTEST', titel: 'Attest' };
    const cases: Array<[string, Record<string, unknown>, string, string, Record<string, unknown>?]> = [
      ['burger', { ...an, uploadId: van.body.uploadId }, 'BAD_USER_INPUT', onbekend, { field: 'input.uploadId' }],
      ['spoc', { ...an, uploadId: mijn.body.uploadId }, 'BAD_USER_INPUT', onbekend, { field: 'input.uploadId' }],
      ['burger', { ...an, uploadId: NOT_EXISTING_ID }, 'BAD_USER_INPUT', onbekend, { field: 'input.uploadId' }],
      ['burger', { ...an, uploadId: 'geen-uuid' }, 'BAD_USER_INPUT', onbekend, { field: 'input.uploadId' }],
      ['burger', { ...an, uploadId: mijn.body.uploadId, soort: 'ADVIES' }, 'FORBIDDEN', 'Je kan aan dit dossier geen document van soort ADVIES toevoegen.'],
      ['burger2', { ...an, uploadId: mijn.body.uploadId }, 'FORBIDDEN', 'Geen toegang.'],
      ['burger', { ...an, uploadId: mijn.body.uploadId, maatregelId: C.maatregelMarcMuur }, 'BAD_USER_INPUT', "'input.maatregelId' is geen maatregel van dit dossier.", { field: 'input.maatregelId' }],
      ['burger', { ...an, uploadId: mijn.body.uploadId, factuurId: T.factuurKoenWarmtepomp }, 'BAD_USER_INPUT', "'input.factuurId' is geen factuur van dit dossier.", { field: 'input.factuurId' }],
      ['burger', { ...an, uploadId: mijn.body.uploadId, maatregelId: C.maatregelAnDak, offerteId: T.offerteAnDakJanssens }, 'BAD_USER_INPUT',
        'Koppel een document aan hoogstens één maatregel, offerte of factuur (nu: maatregelId, offerteId).', { field: 'input.offerteId' }],
      ['burger', { ...an, uploadId: mijn.body.uploadId, titel: '' }, 'BAD_USER_INPUT', "'input.titel' mag niet leeg zijn.", { field: 'input.titel' }],
    ];
    for (const [who, input, code, message, extra] of cases) {
      const res = await s.gql(who, VOEG_TOE, { input });
      expect(res.body, `${who} ${message}`).toEqual({ data: null, errors: [fout(VOEG_TOE, 'voegDocumentToe', ['voegDocumentToe'], code, message, extra)] });
    }
    // 24 hours later the upload has expired.
    now = new Date(VERLOOPT);
    try {
      const res = await s.gql('burger', VOEG_TOE, { input: { ...an, uploadId: mijn.body.uploadId } });
      expect(res.body).toEqual({ data: null, errors: [fout(VOEG_TOE, 'voegDocumentToe', ['voegDocumentToe'], 'BAD_USER_INPUT', onbekend, { field: 'input.uploadId' })] });
      expect(await momentopname(s.dataSource)).toEqual(voor);
      // The next upload clears the expired ones: their rows and their bytes.
      const rows = await tel(s.dataSource, UPLOAD_TABELLEN);
      const verlopen: Array<{ n: string }> = await s.dataSource.query(`SELECT count(*) AS n FROM document_upload WHERE verloopt_op <= $1`, [now]);
      const nieuw = await upload(s, 'spoc', PNG, { type: 'image/png', naam: 'x.png' });
      expect(nieuw.status).toBe(201);
      const n = Number(verlopen[0]!.n);
      expect(n).toBeGreaterThan(0);
      expect(await tel(s.dataSource, UPLOAD_TABELLEN)).toEqual({
        document_upload: rows.document_upload - n + 1,
        document_inhoud: rows.document_inhoud - n + 1,
        document: rows.document,
      });
    } finally {
      now = new Date(NU);
    }
  });

  it('a partner assigned to the dossier attaches its advice, and only that', async () => {
    const up = await upload(s, 'partner', PDF, { type: 'application/pdf', naam: 'advies.pdf' });
    const other = await s.gql('partner', VOEG_TOE, { input: { dossierId: DEMO_IDS.dossierMarc, uploadId: up.body.uploadId, soort: 'CONTRACT', titel: 'Contract' } });
    expect(other.body).toEqual({ data: null, errors: [fout(VOEG_TOE, 'voegDocumentToe', ['voegDocumentToe'], 'FORBIDDEN', 'Je kan aan dit dossier geen document van soort CONTRACT toevoegen.')] });
    const res = await s.gql('partner', `mutation ($input: VoegDocumentToeInput!) { voegDocumentToe(input: $input) { soort toegevoegdDoor { rol organisatie } } }`, {
      input: { dossierId: DEMO_IDS.dossierMarc, uploadId: up.body.uploadId, soort: 'ADVIES', titel: 'DuBo-advies' },
    });
    expect(res.body).toEqual({ data: { voegDocumentToe: { soort: 'ADVIES', toegevoegdDoor: { rol: 'partner', organisatie: 'DIALOOG' } } } });
  });
});

describe('listing documents', () => {
  const LIJST = `query ($id: ID!, $soort: [DocumentSoort!]) { dossier(id: $id) { documenten(soort: $soort) { id soort titel bestandsnaam grootte sha256 toegevoegdDoor { rol } } } }`;
  const pdf = (...lines: string[]) => demoPdf(lines);
  const plan = pdf('Renovatieplan Tiensestraat 120', 'Stap 1: dak. Stap 2: ramen en voordeur. Stap 3: warmtepomp.');
  const nota = pdf('Afsprakennota', 'Afgesproken renovatiestappen, zie het renovatieplan.');

  it('lists a dossier’s documents newest first, optionally of some kinds', async () => {
    const res = await s.gql('renovatiebegeleider', LIJST, { id: DEMO_IDS.dossierAn, soort: ['RENOVATIEPLAN', 'AFSPRAKENNOTA'] });
    expect(res.body).toEqual({
      data: {
        dossier: {
          documenten: [
            { id: T.documentAnNota, soort: 'AFSPRAKENNOTA', titel: 'Afsprakennota', bestandsnaam: 'afsprakennota.pdf', grootte: nota.length, sha256: sha(nota), toegevoegdDoor: { rol: 'renovatiebegeleider' } },
            { id: T.documentAnPlan, soort: 'RENOVATIEPLAN', titel: 'Renovatieplan Tiensestraat 120', bestandsnaam: 'renovatieplan.pdf', grootte: plan.length, sha256: sha(plan), toegevoegdDoor: { rol: 'renovatiebegeleider' } },
          ],
        },
      },
    });
  });

  it('a partner without consent for DOCUMENTEN gets FORBIDDEN on the list', async () => {
    const res = await s.gql(ENERGIEHUIS, LIJST, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({
      data: { dossier: { documenten: null } },
      errors: [fout(LIJST, 'documenten', ['dossier', 'documenten'], 'FORBIDDEN', 'De burger deelt DOCUMENTEN van dit dossier niet met je organisatie.')],
    });
  });
});

describe('GET /documenten/{id}/inhoud', () => {
  const plan = demoPdf(['Renovatieplan Tiensestraat 120', 'Stap 1: dak. Stap 2: ramen en voordeur. Stap 3: warmtepomp.']);
  const ok = {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(plan.length),
      'content-disposition': `attachment; filename="renovatieplan.pdf"; filename*=UTF-8''renovatieplan.pdf`,
      etag: `"${sha(plan)}"`,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    },
    bytes: plan,
    json: undefined,
  };
  const geweigerd = (status: number, code: string, message: string) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': expect.any(String), 'content-disposition': null, etag: null, 'cache-control': null, 'x-content-type-options': null },
    bytes: expect.any(Buffer),
    json: { errors: [{ message, extensions: { code } }] },
  });

  it.each(['spoc', 'energieconsulent', 'renovatiebegeleider', 'burger'])('%s downloads An’s renovation plan; the download is audited', async (who) => {
    const voor = await auditIds(s.dataSource);
    expect(await download(s, who, T.documentAnPlan)).toEqual(ok);
    const rows = await auditNa(s.dataSource, voor);
    expect(rows).toEqual([{ sub: expect.any(String), actie: 'LEZEN', objectType: 'Document', objectId: T.documentAnPlan, dossierId: DEMO_IDS.dossierAn, detail: 'inhoud gedownload' }]);
  });

  it('answers 304 when the client has this version (same ETag)', async () => {
    const res = await download(s, 'burger', T.documentAnPlan, { 'if-none-match': `"${sha(plan)}"` });
    expect([res.status, res.headers.etag, res.bytes.length]).toEqual([304, `"${sha(plan)}"`, 0]);
  });

  it.each([
    ['burger2', T.documentAnPlan, 403, 'FORBIDDEN', 'Geen toegang.'],
    ['renovatiebegeleider', T.documentKoenFactuurWarmtepomp, 403, 'FORBIDDEN', 'Geen toegang.'],
    ['analist', T.documentAnPlan, 403, 'FORBIDDEN', 'Geen toegang.'],
    ['stadsdienst', T.documentAnPlan, 403, 'FORBIDDEN', 'Je hebt geen inzage in DOCUMENTEN van dit dossier.'],
    ['burger', NOT_EXISTING_ID, 403, 'FORBIDDEN', 'Geen toegang.'],
    ['spoc', NOT_EXISTING_ID, 404, 'NOT_FOUND', 'Document niet gevonden.'],
    ['anoniem', T.documentAnPlan, 401, 'UNAUTHENTICATED', 'Aanmelden is vereist.'],
    ['spoc', 'geen-id', 400, 'BAD_USER_INPUT', 'Ongeldig document-id: verwacht een UUID.'],
  ])('%s is refused document %s (%i), and the refusal is audited', async (who, id, status, code, message) => {
    const voor = await auditIds(s.dataSource);
    expect(await download(s, who, id)).toEqual(geweigerd(status, code, message));
    const rows = await auditNa(s.dataSource, voor);
    expect(rows.map((r) => r.actie)).toEqual(status === 401 || status === 400 ? [] : ['WEIGERING']);
  });

  it('a partner downloads only while the citizen shares DOCUMENTEN with it', async () => {
    const consent = `mutation ($input: ToestemmingInput!) { geefToestemming(input: $input) { soort } }`;
    const withdraw = `mutation ($input: ToestemmingInput!) { trekToestemmingIn(input: $input) { soort } }`;
    const input = { dossierId: DEMO_IDS.dossierAn, partner: 'ENERGIEHUIS', soorten: ['DOCUMENTEN'] };
    expect(await download(s, ENERGIEHUIS, T.documentAnPlan)).toEqual(geweigerd(403, 'FORBIDDEN', 'De burger deelt DOCUMENTEN van dit dossier niet met je organisatie.'));
    expect((await s.gql('burger', consent, { input })).body.errors).toBeUndefined();
    expect(await download(s, ENERGIEHUIS, T.documentAnPlan)).toEqual(ok);
    expect((await s.gql('burger', withdraw, { input })).body.errors).toBeUndefined();
    expect(await download(s, ENERGIEHUIS, T.documentAnPlan)).toEqual(geweigerd(403, 'FORBIDDEN', 'De burger deelt DOCUMENTEN van dit dossier niet met je organisatie.'));
  });

  it('serves an uploaded document’s exact bytes with its own type and name', async () => {
    const up = await upload(s, 'spoc', JPEG, { type: 'image/jpeg', naam: 'gevel "voor".jpg' });
    const doc = await s.gql<{ voegDocumentToe: { id: string } }>('spoc', `mutation ($input: VoegDocumentToeInput!) { voegDocumentToe(input: $input) { id } }`, {
      input: { dossierId: C.dossierEls, uploadId: up.body.uploadId, soort: 'ANDERE', titel: 'Foto gevel' },
    });
    const res = await download(s, 'spoc', doc.body.data!.voegDocumentToe.id);
    expect(res).toEqual({
      status: 200,
      headers: {
        'content-type': 'image/jpeg',
        'content-length': String(JPEG.length),
        'content-disposition': `attachment; filename="gevel _voor_.jpg"; filename*=UTF-8''gevel%20%22voor%22.jpg`,
        etag: `"${sha(JPEG)}"`,
        'cache-control': 'private, no-cache',
        'x-content-type-options': 'nosniff',
      },
      bytes: JPEG,
      json: undefined,
    });
  });
});

describe('references from other subgraphs (_entities)', () => {
  const Q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Document { id soort } ... on Offerte { id status } ... on Factuur { id nummer } } }`;
  const r = [
    { __typename: 'Document', id: T.documentAnNota },
    { __typename: 'Offerte', id: T.offerteAnRamen },
    { __typename: 'Factuur', id: T.factuurKoenWarmtepomp },
  ];

  it('resolve under the same rules as the fields', async () => {
    const spoc = await s.gql('spoc', Q, { r });
    expect(spoc.body).toEqual({
      data: { _entities: [{ id: T.documentAnNota, soort: 'AFSPRAKENNOTA' }, { id: T.offerteAnRamen, status: 'AANGEVRAAGD' }, { id: T.factuurKoenWarmtepomp, nummer: '2025-0117' }] },
    });
    const burger = await s.gql('burger', Q, { r });
    expect(burger.body).toEqual({
      data: { _entities: [{ id: T.documentAnNota, soort: 'AFSPRAKENNOTA' }, { id: T.offerteAnRamen, status: 'AANGEVRAAGD' }, null] },
      errors: [fout(Q, '_entities', ['_entities', 2], 'FORBIDDEN', 'Geen toegang.')],
    });
  });
});

import type { DataSource } from 'typeorm';
import type { DossierFase, Kanaal, VraagStatus, Werkcategorie } from '../src/domain.js';
import { DossierOvergangEntity, type DossierOvergangRow } from '../src/entities/dossier-overgang.js';
import { createRepositories } from '../src/repositories/index.js';

/*
 * A small, known data set for the statistics tests: ten dossiers with their phase history, nine open or
 * handled questions and five measures, written out so that every figure can be computed by hand (see
 * statistieken.test.ts). Times are at 10:00 UTC, so that stays last whole days; dossier 4 opens at
 * 23:30 UTC on 31 January, which is 1 February in Belgium.
 */

export const sid = (kind: number, i: number) => `00000000-0000-4000-8${kind}00-${String(i).padStart(12, '0')}`;

type Stap = [op: string, naar: DossierFase];
interface Fixture {
  i: number;
  geopend: string;
  postcode: '3000' | '3010';
  kanaal: Kanaal | null;
  stappen: Stap[];
  einde?: [op: string, status: 'AFGESLOTEN' | 'STOPGEZET'];
  /** The home, when it is another dossier's home (default: its own). */
  woning?: number;
}

const T = (dag: string) => `${dag}T10:00:00.000Z`;

export const DOSSIERS: Fixture[] = [
  { i: 1, geopend: T('2026-01-05'), postcode: '3000', kanaal: 'EMAIL', stappen: [[T('2026-01-10'), 'OPTIES'], [T('2026-01-20'), 'FINANCIEREN']] },
  { i: 2, geopend: T('2026-01-06'), postcode: '3000', kanaal: 'EMAIL', stappen: [[T('2026-01-08'), 'OPTIES']] },
  {
    i: 3,
    geopend: T('2026-01-07'),
    postcode: '3000',
    kanaal: 'TELEFOON',
    stappen: [[T('2026-01-11'), 'OPTIES'], [T('2026-01-25'), 'FINANCIEREN'], [T('2026-02-04'), 'LEVERANCIERS']],
  },
  { i: 4, geopend: '2026-01-31T23:30:00.000Z', postcode: '3010', kanaal: 'TELEFOON', stappen: [['2026-02-05T23:30:00.000Z', 'OPTIES']] },
  { i: 5, geopend: T('2026-02-10'), postcode: '3010', kanaal: null, stappen: [] },
  { i: 6, geopend: T('2026-02-12'), postcode: '3000', kanaal: 'EMAIL', stappen: [[T('2026-02-20'), 'OPTIES']], einde: [T('2026-03-01'), 'STOPGEZET'] },
  { i: 7, geopend: T('2026-02-15'), postcode: '3010', kanaal: 'FYSIEK_LOKET', stappen: [[T('2026-02-18'), 'OPTIES']] },
  {
    i: 8,
    geopend: T('2025-12-01'),
    postcode: '3000',
    kanaal: 'EMAIL',
    stappen: [[T('2025-12-11'), 'OPTIES'], [T('2025-12-21'), 'FINANCIEREN'], [T('2026-01-02'), 'LEVERANCIERS'], [T('2026-01-12'), 'UITVOEREN_EN_BETALEN']],
    einde: [T('2026-02-21'), 'AFGESLOTEN'],
  },
  {
    i: 9,
    geopend: T('2026-03-02'),
    postcode: '3010',
    kanaal: 'CONTACTFORMULIER',
    stappen: [[T('2026-03-04'), 'OPTIES'], [T('2026-03-06'), 'CONTACTNAME'], [T('2026-03-09'), 'OPTIES']],
  },
  { i: 10, geopend: T('2026-03-10'), postcode: '3000', kanaal: 'DIGITAAL_LOKET', stappen: [], woning: 6 },
];

export const dossierId = (i: number) => sid(2, i);
export const adresId = (i: number) => `${7_000_000 + i}`;

interface VraagFixture {
  i: number;
  status: VraagStatus;
  ontvangen: string;
  postcode: '3000' | '3010';
}

export const VRAGEN: VraagFixture[] = [
  { i: 1, status: 'NIEUW', ontvangen: T('2026-03-30'), postcode: '3000' },
  { i: 2, status: 'NIEUW', ontvangen: T('2026-03-27'), postcode: '3000' },
  { i: 3, status: 'IN_BEHANDELING', ontvangen: T('2026-03-20'), postcode: '3010' },
  { i: 4, status: 'IN_BEHANDELING', ontvangen: T('2026-03-05'), postcode: '3010' },
  { i: 5, status: 'NIEUW', ontvangen: T('2026-02-01'), postcode: '3000' },
  { i: 6, status: 'IN_BEHANDELING', ontvangen: T('2026-01-15'), postcode: '3000' },
  { i: 7, status: 'AFGEHANDELD', ontvangen: T('2026-03-29'), postcode: '3000' },
  { i: 8, status: 'NIEUW', ontvangen: '2026-03-30T12:00:00.000Z', postcode: '3010' },
  { i: 9, status: 'NIEUW', ontvangen: '2026-03-31T08:00:00.000Z', postcode: '3000' },
];

interface MaatregelFixture {
  i: number;
  dossier: number;
  categorie: Werkcategorie;
  uitgevoerd: string | null;
  raming: string | null;
  factuur?: string;
  gekozenOfferte?: string;
}

export const MAATREGELEN: MaatregelFixture[] = [
  { i: 1, dossier: 8, categorie: 'DAK', uitgevoerd: T('2026-01-20'), raming: '10000.00', factuur: '9500.00' },
  { i: 2, dossier: 8, categorie: 'RAMEN_EN_DEUREN', uitgevoerd: T('2026-02-10'), raming: '8000.00', gekozenOfferte: '7700.00' },
  { i: 3, dossier: 1, categorie: 'DAK', uitgevoerd: T('2026-02-15'), raming: '12000.00' },
  { i: 4, dossier: 3, categorie: 'DAK', uitgevoerd: T('2026-03-05'), raming: null, factuur: '11000.50' },
  { i: 5, dossier: 2, categorie: 'VLOER', uitgevoerd: null, raming: '5000.00' },
];

/** Writes the data set into a migrated, empty CRM database. */
export async function laadStatistiekFixture(ds: DataSource): Promise<void> {
  const repos = createRepositories(ds.manager);
  const burgerId = sid(1, 1);
  const at = new Date('2025-11-01T10:00:00.000Z');
  await repos.burgers.insertMissing([{ id: burgerId, insz: null, voornaam: 'Vera', achternaam: 'Vertrouwelijk', email: null, telefoon: null, aangemaaktOp: at, gewijzigdOp: at }]);
  const overgangen: DossierOvergangRow[] = [];
  for (const d of DOSSIERS) {
    const id = dossierId(d.i);
    const rows: DossierOvergangRow[] = [];
    const rij = (r: Omit<DossierOvergangRow, 'id' | 'dossierId' | 'versie' | 'doorSub' | 'reden'>) =>
      rows.push({ id: sid(3, d.i * 100 + rows.length), dossierId: id, versie: rows.length + 1, doorSub: 'stad-sofie.claes', reden: null, ...r });
    rij({ vanFase: null, naarFase: 'CONTACTNAME', vanStatus: null, naarStatus: 'LOPEND', op: new Date(d.geopend), vanFaseSinds: null });
    let fase: DossierFase = 'CONTACTNAME';
    for (const [op, naar] of d.stappen) {
      rij({ vanFase: fase, naarFase: naar, vanStatus: 'LOPEND', naarStatus: 'LOPEND', op: new Date(op), vanFaseSinds: rows.at(-1)!.op });
      fase = naar;
    }
    if (d.einde) rij({ vanFase: fase, naarFase: fase, vanStatus: 'LOPEND', naarStatus: d.einde[1], op: new Date(d.einde[0]), vanFaseSinds: rows.at(-1)!.op });
    const woning = d.woning ?? d.i;
    await repos.dossiers.insert({
      id,
      titel: `Dossier ${d.i}`,
      fase,
      status: d.einde?.[1] ?? 'LOPEND',
      burgerId,
      adresId: adresId(woning),
      adresTekst: `Fictieve straat ${woning}, ${d.postcode} Leuven`,
      postcode: d.postcode,
      spocSub: 'stad-sofie.claes',
      renovatiebegeleiderSub: null,
      geopendOp: new Date(d.geopend),
      laatsteWijziging: rows.at(-1)!.op,
      startKanaal: d.kanaal,
      ...(d.einde ? { afsluitReden: 'Klaar.', afgeslotenOp: new Date(d.einde[0]) } : {}),
    });
    await ds.query(`UPDATE dossier SET version = $2 WHERE id = $1`, [id, rows.length]);
    overgangen.push(...rows);
  }
  await ds.getRepository(DossierOvergangEntity).insert(overgangen);
  await repos.vragen.insertMissing(
    VRAGEN.map((v) => ({
      id: sid(4, v.i),
      kanaal: 'EMAIL',
      onderwerp: `Vraag ${v.i}`,
      ontvangenOp: new Date(v.ontvangen),
      burgerId: null,
      adresId: null,
      dossierId: null,
      status: v.status,
      aangemaaktOp: new Date(v.ontvangen),
      gewijzigdOp: new Date(v.ontvangen),
      adresTekst: null,
      postcode: v.postcode,
      contactNaam: `Vrager ${v.i}`,
      contactEmail: null,
      contactTelefoon: null,
      geregistreerdDoor: 'stad-sofie.claes',
      toegewezenAan: v.status === 'IN_BEHANDELING' ? 'stad-tom.janssens' : null,
      afhandelReden: v.status === 'AFGEHANDELD' ? 'Beantwoord.' : null,
      afgehandeldOp: v.status === 'AFGEHANDELD' ? new Date(v.ontvangen) : null,
    })),
  );
  for (const m of MAATREGELEN) {
    const id = sid(5, m.i);
    await repos.maatregelen.insert({
      id,
      dossierId: dossierId(m.dossier),
      categorie: m.categorie,
      omschrijving: `Maatregel ${m.i}`,
      status: m.uitgevoerd ? 'UITGEVOERD' : 'GEPLAND',
      oppervlakteM2: null,
      bedragExclBtw: m.raming,
      volgorde: m.i,
      uitgevoerdOp: m.uitgevoerd ? new Date(m.uitgevoerd) : null,
      aangemaaktOp: at,
      gewijzigdOp: at,
    });
    const common = { dossierId: dossierId(m.dossier), maatregelId: id, aannemerNaam: 'Bouw BV', aannemerKbo: '0123456749', toegevoegdDoor: 'stad-sofie.claes', aangemaaktOp: at, gewijzigdOp: at };
    if (m.factuur) {
      await repos.facturen.insertMissing([{ ...common, id: sid(6, m.i), nummer: `F-${m.i}`, datum: '2026-03-01', bedragExclBtw: m.factuur, btwBedrag: '0.00', betaaldOp: null }]);
    }
    if (m.gekozenOfferte) {
      await repos.offertes.insertMissing([
        { ...common, id: sid(7, m.i), status: 'GEKOZEN', bedragExclBtw: m.gekozenOfferte, btwTarief: '6.00', datum: '2026-01-15', geldigTot: null },
      ]);
    }
  }
}

import { randomUUID } from 'node:crypto';
import { badUserInput } from '@hub/shared';
import { isUuid, MAATREGEL_UITVOERINGEN, uitvoeringenVan, WERKCATEGORIEEN, type MaatregelStatus, type MaatregelUitvoering, type Werkcategorie } from '../domain.js';
import type { MaatregelRow } from '../entities/maatregel.js';
import { toMaatregel, type MaatregelModel } from '../mappers.js';
import type { Repositories } from '../repositories/index.js';
import { keuze, tekst } from './invoer.js';
import { bedrag, oppervlakte } from './traject-invoer.js';
import { checkMaatregelOvergang } from './traject-regels.js';
import { TRAJECT_RECHTEN } from './traject-toegang.js';
import { eenVan, type TrajectWijzigingen } from './traject-wijziging.js';

export interface MaatregelToevoegen {
  dossierId: string;
  categorie: Werkcategorie;
  omschrijving: string;
  uitvoering?: MaatregelUitvoering | null;
  oppervlakteM2?: number | null;
  geraamdBedragExclBtw?: number | null;
}

/** A partial change: a field left out stays as it is; null clears an optional field. */
export interface MaatregelWijzigen {
  categorie?: Werkcategorie | null;
  omschrijving?: string | null;
  uitvoering?: MaatregelUitvoering | null;
  oppervlakteM2?: number | null;
  geraamdBedragExclBtw?: number | null;
}

const WIE = 'Enkel de SPOC, de energieconsulent en de renovatiebegeleider van het dossier plannen maatregelen.';

/** Planning the measures of a dossier: add, change, move through their statuses, reorder. */
export class MaatregelBeheerService {
  constructor(private readonly w: TrajectWijzigingen, private readonly repos: Repositories) {}

  async toevoegen(input: MaatregelToevoegen): Promise<MaatregelModel> {
    const categorie = keuze(WERKCATEGORIEEN, input.categorie, 'input.categorie');
    const omschrijving = tekst(input.omschrijving, 'input.omschrijving', 500);
    const uitvoering = input.uitvoering == null ? null : uitvoeringVoor(categorie, input.uitvoering);
    const oppervlakteM2 = input.oppervlakteM2 == null ? null : oppervlakte(input.oppervlakteM2, 'input.oppervlakteM2');
    const geraamd = input.geraamdBedragExclBtw == null ? null : bedrag(input.geraamdBedragExclBtw, 'input.geraamdBedragExclBtw');
    return this.w.inDossier(input.dossierId, eenVan(TRAJECT_RECHTEN.maatregelBeheren, WIE), async ({ repos, dossier, now }) => {
      const row: MaatregelRow = {
        id: randomUUID(),
        dossierId: dossier.id,
        categorie,
        omschrijving,
        status: 'GEPLAND',
        uitvoering,
        oppervlakteM2,
        bedragExclBtw: geraamd,
        volgorde: await repos.maatregelen.nextVolgorde(dossier.id),
        uitgevoerdOp: null,
        aangemaaktOp: now,
        gewijzigdOp: now,
      };
      await repos.maatregelen.insert(row);
      return { result: await reread(repos, row.id), objectType: 'Maatregel', objectId: row.id, detail: `toegevoegd: ${categorie}` };
    });
  }

  async wijzigen(id: string, input: MaatregelWijzigen): Promise<MaatregelModel> {
    const change: Parameters<Repositories['maatregelen']['update']>[1] = {};
    if (input.categorie !== undefined) {
      if (input.categorie === null) throw badUserInput("'input.categorie' kan niet leeg gemaakt worden.", { field: 'input.categorie' });
      change.categorie = keuze(WERKCATEGORIEEN, input.categorie, 'input.categorie');
    }
    if (input.omschrijving !== undefined) {
      if (input.omschrijving === null) throw badUserInput("'input.omschrijving' kan niet leeg gemaakt worden.", { field: 'input.omschrijving' });
      change.omschrijving = tekst(input.omschrijving, 'input.omschrijving', 500);
    }
    if (input.uitvoering !== undefined) change.uitvoering = input.uitvoering === null ? null : keuze(MAATREGEL_UITVOERINGEN, input.uitvoering, 'input.uitvoering');
    if (input.oppervlakteM2 !== undefined) change.oppervlakteM2 = input.oppervlakteM2 === null ? null : oppervlakte(input.oppervlakteM2, 'input.oppervlakteM2');
    if (input.geraamdBedragExclBtw !== undefined) {
      change.bedragExclBtw = input.geraamdBedragExclBtw === null ? null : bedrag(input.geraamdBedragExclBtw, 'input.geraamdBedragExclBtw');
    }
    const fields = Object.keys(change);
    if (fields.length === 0) throw badUserInput('Geef minstens één veld om te wijzigen.', { field: 'input' });
    return this.opMaatregel(id, async ({ repos, now, maatregel }) => {
      // The way of execution must fit the (new) work category.
      const uitvoering = change.uitvoering !== undefined ? change.uitvoering : (maatregel.uitvoering ?? null);
      if (uitvoering !== null) uitvoeringVoor(change.categorie ?? maatregel.categorie, uitvoering, change.uitvoering === undefined);
      await repos.maatregelen.update(id, change, now);
      return { result: await reread(repos, id), objectType: 'Maatregel', objectId: id, detail: `gewijzigd: ${fields.join(', ')}` };
    });
  }

  async statusWijzigen(id: string, status: MaatregelStatus): Promise<MaatregelModel> {
    return this.opMaatregel(id, async ({ repos, now, maatregel }) => {
      checkMaatregelOvergang(maatregel.status, status);
      // The moment of execution is what the statistics of executed measures count by.
      await repos.maatregelen.update(id, status === 'UITGEVOERD' ? { status, uitgevoerdOp: now } : { status }, now);
      return { result: await reread(repos, id), objectType: 'Maatregel', objectId: id, detail: `status ${maatregel.status} -> ${status}` };
    });
  }

  /** Puts the dossier's measures in this order; the list must hold each of its measures exactly once. */
  async ordenen(dossierId: string, maatregelIds: readonly string[]): Promise<MaatregelModel[]> {
    if (!maatregelIds.every(isUuid)) throw badUserInput("'maatregelIds' bevat een ongeldig id: verwacht UUID's.", { field: 'maatregelIds' });
    return this.w.inDossier(dossierId, eenVan(TRAJECT_RECHTEN.maatregelBeheren, WIE), async ({ repos, dossier, now }) => {
      const current = await repos.maatregelen.idsInOrder(dossier.id);
      const given = new Set(maatregelIds);
      if (given.size !== maatregelIds.length || given.size !== current.length || current.some((id) => !given.has(id))) {
        throw badUserInput(`'maatregelIds' moet elke maatregel van het dossier precies één keer bevatten (${current.length} maatregelen).`, {
          field: 'maatregelIds',
        });
      }
      await repos.maatregelen.reorder(dossier.id, maatregelIds, now);
      const rows = await repos.maatregelen.findByDossierIds([dossier.id]);
      return { result: rows.map(toMaatregel), objectType: 'Dossier', objectId: dossier.id, detail: 'maatregelen herordend' };
    });
  }

  /** A change of one measure, in its dossier's frame, with the measure locked. */
  private async opMaatregel<T>(
    id: string,
    work: (w: { repos: Repositories; now: Date; maatregel: MaatregelRow }) => Promise<{ result: T; objectType: string; objectId: string; detail: string }>,
  ): Promise<T> {
    const dossierId = await this.w.dossierVan('Maatregel', id, (mid) => this.repos.maatregelen.findByIds([mid]).then((r) => r[0] ?? null));
    return this.w.inDossier(dossierId, eenVan(TRAJECT_RECHTEN.maatregelBeheren, WIE), async ({ repos, now }) => {
      const maatregel = (await repos.maatregelen.findForUpdate(id))!;
      return work({ repos, now, maatregel });
    });
  }
}

/**
 * A way of execution that fits the work category; BAD_USER_INPUT on `input.uitvoering` otherwise. `bestaand`:
 * the measure already has it and only its category changes.
 */
function uitvoeringVoor(categorie: Werkcategorie, uitvoering: string, bestaand = false): MaatregelUitvoering {
  const passend = uitvoeringenVan(categorie);
  if ((passend as readonly string[]).includes(uitvoering)) return uitvoering as MaatregelUitvoering;
  const keuzes = passend.length === 0 ? `een maatregel voor ${categorie} heeft geen uitvoering` : `kies uit ${passend.join(', ')}`;
  const message = bestaand
    ? `De maatregel heeft uitvoering ${uitvoering}, die niet past bij werkcategorie ${categorie}: geef ook 'input.uitvoering' (${keuzes}, of null).`
    : `'input.uitvoering' ${uitvoering} past niet bij werkcategorie ${categorie}: ${keuzes}.`;
  throw badUserInput(message, { field: 'input.uitvoering' });
}

async function reread(repos: Repositories, id: string): Promise<MaatregelModel> {
  const [row] = await repos.maatregelen.findByIds([id]);
  return toMaatregel(row!);
}

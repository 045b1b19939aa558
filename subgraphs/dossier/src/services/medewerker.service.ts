import DataLoader from 'dataloader';
import type { AuditCollector } from '../audit/collector.js';
import type { MedewerkerRow } from '../entities/medewerker.js';
import type { MedewerkerModel } from '../overzicht-mappers.js';
import type { Repositories } from '../repositories/index.js';
import { email, medewerker, optioneleTekst, telefoon, tekst } from './invoer.js';
import type { Toegang } from './toegang.js';
import type { Transact } from './transactie.js';

export interface MedewerkerInvoer {
  id: string;
  naam: string;
  email?: string | null;
  telefoon?: string | null;
  dienst?: string | null;
}

/**
 * The staff directory: how citizens and colleagues reach a staff member (the contact of a dossier in
 * Mijn Burgerprofiel). Its entries are business contact data of city staff: whoever sees a staff member
 * somewhere in the graph sees them. The back office maintains the directory; a change is audited.
 */
export class MedewerkerService {
  readonly #bySub: DataLoader<string, MedewerkerRow | null>;

  constructor(
    private readonly toegang: Toegang,
    private readonly repos: Repositories,
    private readonly audit: AuditCollector,
    private readonly transact: Transact,
    private readonly now: () => Date,
  ) {
    this.#bySub = new DataLoader(async (subs) => {
      const rows = new Map((await repos.medewerkers.findBySubs(subs)).map((r) => [r.sub, r]));
      return subs.map((s) => rows.get(s) ?? null);
    });
  }

  /** The directory entry of a staff member (null when the directory does not know them); batched per request. */
  gids(medewerker: MedewerkerModel): Promise<MedewerkerRow | null> {
    return this.#bySub.load(medewerker.id);
  }

  /** The whole directory (back office). */
  async alle(): Promise<MedewerkerModel[]> {
    this.toegang.requireBackoffice();
    const rows = await this.repos.medewerkers.findAll();
    for (const row of rows) this.#bySub.prime(row.sub, row);
    return rows.map((r) => ({ id: r.sub }));
  }

  /** Registers a staff member, or replaces their entry (back office). */
  async registreer(input: MedewerkerInvoer): Promise<MedewerkerModel> {
    this.toegang.requireBackoffice();
    const row: MedewerkerRow = {
      sub: medewerker(input.id, 'input.id'),
      naam: tekst(input.naam, 'input.naam', 200),
      email: email(input.email, 'input.email'),
      telefoon: telefoon(input.telefoon, 'input.telefoon'),
      dienst: optioneleTekst(input.dienst, 'input.dienst', 100),
      gewijzigdOp: this.now(),
      gewijzigdDoor: this.toegang.identity.sub,
    };
    await this.transact(async (tx) => {
      const oud = await tx.repos.medewerkers.findForUpdate(row.sub);
      await tx.repos.medewerkers.save(row);
      const gewijzigd = oud === null ? [] : (['naam', 'email', 'telefoon', 'dienst'] as const).filter((k) => oud[k] !== row[k]);
      const detail = oud === null ? 'in de personeelsgids gezet' : gewijzigd.length === 0 ? 'ongewijzigd' : `gewijzigd: ${gewijzigd.join(', ')}`;
      await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Medewerker', objectId: row.sub, detail });
    });
    this.#bySub.clear(row.sub).prime(row.sub, row);
    return { id: row.sub };
  }
}

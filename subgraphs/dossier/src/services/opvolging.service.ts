import { badUserInput, conflict } from '@hub/shared';
import { toDossier, type DossierModel } from '../mappers.js';
import { optioneleTekst } from './invoer.js';
import { dagInBelgie } from './traject-invoer.js';
import { TRAJECT_RECHTEN } from './traject-toegang.js';
import { eenVan, type TrajectWijzigingen } from './traject-wijziging.js';

export interface VolgendeActieInvoer {
  dossierId: string;
  /** The day of the next action (Belgian calendar day); null clears the next action. */
  op?: string | null;
  omschrijving?: string | null;
  /** The version the change starts from; when given and the dossier changed since: CONFLICT. */
  versie?: number | null;
}

/**
 * The follow-up of a dossier: the next action staff plan. A running dossier whose next action lies
 * before today (Belgian time) is overdue ("achterstallig").
 */
export class OpvolgingService {
  constructor(
    private readonly w: TrajectWijzigingen,
    private readonly clock: () => Date,
  ) {}

  /** Whether the dossier is overdue today. */
  achterstallig(dossier: DossierModel): boolean {
    return dossier.status === 'LOPEND' && dossier.volgendeActie !== null && dossier.volgendeActie.op < dagInBelgie(this.clock());
  }

  async volgendeActieInstellen(input: VolgendeActieInvoer): Promise<DossierModel> {
    const op = input.op ?? null;
    const omschrijving = optioneleTekst(input.omschrijving, 'omschrijving', 300);
    if (op === null && omschrijving !== null) throw badUserInput("'omschrijving' hoort bij een volgende actie: geef ook 'op'.", { field: 'omschrijving' });
    if (op !== null && op < dagInBelgie(this.clock())) throw badUserInput("'op' ligt in het verleden: plan de volgende actie vandaag of later.", { field: 'op' });
    const wie = 'Enkel de SPOC, de energieconsulent en de renovatiebegeleider van het dossier plannen de volgende actie.';
    return this.w.inDossier(input.dossierId, eenVan(TRAJECT_RECHTEN.volgendeActie, wie), async ({ repos, dossier, now }) => {
      if (input.versie != null && input.versie !== dossier.version) {
        throw conflict(`Het dossier werd intussen gewijzigd (versie ${dossier.version}, niet ${input.versie}): laad het opnieuw.`, {
          versie: dossier.version,
        });
      }
      await repos.traject.setVolgendeActie(dossier.id, dossier.version, op, omschrijving, now);
      const [row] = await repos.dossiers.findByIds([dossier.id]);
      return {
        result: toDossier(row!),
        objectType: 'Dossier',
        objectId: dossier.id,
        detail: op === null ? 'volgende actie gewist' : `volgende actie op ${op}`,
      };
    });
  }
}

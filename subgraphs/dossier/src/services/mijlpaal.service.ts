import { randomUUID } from 'node:crypto';
import { badUserInput, forbidden } from '@hub/shared';
import { MIJLPAAL_SOORTEN, type Kanaal, type MijlpaalSoort } from '../domain.js';
import type { MijlpaalRow } from '../entities/mijlpaal.js';
import { toMijlpaal, type ContactmomentModel, type MijlpaalModel } from '../journey-mappers.js';
import type { JourneyLoaders } from '../journey-loaders.js';
import type { DossierModel } from '../mappers.js';
import { requireId } from './ids.js';
import type { Inzage } from './inzage.js';
import { keuze, nietInDeToekomst, optioneleTekst } from './invoer.js';
import { DOCUMENT_VAN_MIJLPAAL, mijlpaalDetailsFromInput } from './mijlpaal-details.js';
import { magMijlpaal, PARTNER_MIJLPALEN, STADSDIENST_MIJLPALEN } from './traject-toegang.js';
import type { TrajectWijzigingen } from './traject-wijziging.js';

export interface MijlpaalToevoegen {
  dossierId: string;
  soort: MijlpaalSoort;
  datum?: Date | null;
  toelichting?: string | null;
  documentId?: string | null;
  kanaal?: Kanaal | null;
  samenvatting?: string | null;
  stappen?: string[] | null;
  nodig?: boolean | null;
  advies?: string | null;
}

/** The dossier flags that follow from the last decision milestone of each kind (null: not decided yet). */
export interface MijlpaalVlaggen {
  architectNodig: boolean | null;
  omgevingsvergunningNodig: boolean | null;
  innameOpenbaarDomeinNodig: boolean | null;
}

/** Who else registers a kind of milestone, for the refusal's message. */
const OOK_DOOR: Partial<Record<MijlpaalSoort, string>> = {
  ...Object.fromEntries(PARTNER_MIJLPALEN.map((s) => [s, ', of door de partner die het dossier toegewezen kreeg'])),
  ...Object.fromEntries(STADSDIENST_MIJLPALEN.map((s) => [s, ', of door een stadsdienst'])),
};

/**
 * The milestones of a dossier's journey (with the contact history) and the flags derived from them.
 * Partners see the milestones only while the citizen shares the renovation plan with them, and never
 * the contact moments (the city's conversations with the citizen).
 */
export class MijlpaalService {
  constructor(
    private readonly w: TrajectWijzigingen,
    private readonly loaders: JourneyLoaders,
    private readonly inzage: Inzage,
  ) {}

  /** The milestones of a dossier the caller sees, oldest first (the journey in order), optionally of some kinds. */
  async ofDossier(dossier: DossierModel, soorten?: readonly MijlpaalSoort[] | null): Promise<MijlpaalModel[]> {
    await this.inzage.vereist(dossier.id, 'RENOVATIEPLAN');
    const contact = await this.inzage.volledig(dossier);
    const rows = await this.loaders.mijlpalenByDossierId.load(dossier.id);
    return rows
      .filter((r) => (soorten == null || soorten.includes(r.soort)) && (contact || r.soort !== 'CONTACTMOMENT'))
      .map(toMijlpaal);
  }

  /** The contact history: the contact moments, newest first. Not for partners. */
  async contacthistoriek(dossier: DossierModel): Promise<ContactmomentModel[]> {
    await this.inzage.vereistVolledig(dossier, 'Contactmoment');
    const rows = await this.loaders.mijlpalenByDossierId.load(dossier.id);
    return rows
      .filter((r) => r.soort === 'CONTACTMOMENT')
      .reverse()
      .map((r) => toMijlpaal(r) as ContactmomentModel);
  }

  /** The flags of a dossier, from its last ARCHITECT_ADVIES, OMGEVINGSVERGUNNING and INNAME_OPENBAAR_DOMEIN. */
  async vlaggen(dossier: DossierModel): Promise<MijlpaalVlaggen> {
    await this.inzage.vereist(dossier.id, 'RENOVATIEPLAN');
    const rows = await this.loaders.mijlpalenByDossierId.load(dossier.id);
    const laatste = (soort: MijlpaalSoort): boolean | null => {
      const row = rows.filter((r) => r.soort === soort).at(-1);
      return row === undefined ? null : (row.details as { nodig: boolean }).nodig;
    };
    return {
      architectNodig: laatste('ARCHITECT_ADVIES'),
      omgevingsvergunningNodig: laatste('OMGEVINGSVERGUNNING'),
      innameOpenbaarDomeinNodig: laatste('INNAME_OPENBAAR_DOMEIN'),
    };
  }

  /**
   * Registers a milestone. The back office and the dossier's coach register every kind; a partner
   * assigned to the dossier its deliverable (DUBO_ADVIES_ONTVANGEN, HUISBEZOEK); a city service the
   * permits of its domain (OMGEVINGSVERGUNNING, INNAME_OPENBAAR_DOMEIN). A linked document must
   * be one of the dossier's documents, of the matching kind for the milestones that deliver one.
   */
  async toevoegen(input: MijlpaalToevoegen): Promise<MijlpaalModel> {
    const soort = keuze(MIJLPAAL_SOORTEN, input.soort, 'input.soort');
    const details = mijlpaalDetailsFromInput(soort, input);
    const toelichting = optioneleTekst(input.toelichting, 'input.toelichting', 2000);
    if (input.documentId != null) requireId(input.documentId, 'document');
    return this.w.inDossier(
      input.dossierId,
      (betrokken) => {
        const door = betrokken.find((b) => magMijlpaal(b.als, soort));
        if (!door) throw forbidden(`Een mijlpaal ${soort} wordt geregistreerd door de SPOC, de energieconsulent of de renovatiebegeleider${OOK_DOOR[soort] ?? ''}.`);
        return door;
      },
      async ({ repos, dossier, door, now }) => {
        const datum = input.datum == null ? now : nietInDeToekomst(input.datum, now, 'input.datum');
        if (input.documentId != null) {
          const [document] = await repos.documenten.findByIds([input.documentId]);
          if (!document || document.dossierId !== dossier.id) {
            throw badUserInput("'input.documentId' is geen document van dit dossier.", { field: 'input.documentId' });
          }
          const verwacht = DOCUMENT_VAN_MIJLPAAL[soort];
          if (verwacht !== undefined && document.soort !== verwacht) {
            throw badUserInput(`'input.documentId' moet een document van soort ${verwacht} zijn bij een mijlpaal ${soort} (het is ${document.soort}).`, {
              field: 'input.documentId',
            });
          }
        }
        const row: MijlpaalRow = {
          id: randomUUID(),
          dossierId: dossier.id,
          soort,
          datum,
          toelichting,
          details,
          documentId: input.documentId ?? null,
          actorSub: door.actor.id,
          actorNaam: door.actor.naam,
          actorRol: door.actor.rol,
          actorOrganisatie: door.actor.organisatie ?? door.actor.dienst,
          geregistreerdOp: now,
        };
        await repos.mijlpalen.insert(row);
        return { result: toMijlpaal(row), objectType: 'Mijlpaal', objectId: row.id, detail: `${soort} geregistreerd` };
      },
    );
  }
}

import { EntitySchema } from 'typeorm';
import type { DossierFase, DossierStatus, Kanaal, PartnerOrganisatie, ToestemmingWijze } from '../domain.js';

/** A row of `dossier`: one guidance trajectory of one citizen for one home. */
export interface DossierRow {
  id: string;
  referentie: string;
  titel: string;
  fase: DossierFase;
  status: DossierStatus;
  burgerId: string;
  adresId: string;
  /** `sub` of the SPOC who follows the dossier up. */
  spocSub: string | null;
  /** `sub` of the renovation coach the dossier is assigned to. */
  renovatiebegeleiderSub: string | null;
  geopendOp: Date;
  laatsteWijziging: Date;
  /** Optimistic locking: raised by every update; an update names the version it started from. */
  version: number;
  /** The home's address in one line and its postcode, as the client got them from woningpas' `adresZoeken`. */
  adresTekst: string | null;
  postcode: string | null;
  /** A partner organisation that guides the citizen (external guidance), instead of a coach of the city. */
  begeleiderPartner: PartnerOrganisatie | null;
  /** The citizen's consent to start guidance: how, when, and who recorded it (set when the dossier is opened). */
  startToestemmingWijze: ToestemmingWijze | null;
  startToestemmingOp: Date | null;
  startToestemmingDoor: string | null;
  /** Why and when the dossier ended (AFGESLOTEN or STOPGEZET); null while it runs. */
  afsluitReden: string | null;
  afgeslotenOp: Date | null;
  /** The next action staff planned ('YYYY-MM-DD', Belgian calendar day) and what it is; past due while LOPEND = overdue. */
  volgendeActieOp: string | null;
  volgendeActie: string | null;
  /** The channel of the question the dossier was opened from; null when it was opened without one. */
  startKanaal: Kanaal | null;
  /**
   * The citizen's surname, and first name and surname, in lower case: kept by the database (triggers of
   * migration 1796400000000) for the search of the lists. Never read or written by the application.
   */
  zoekAchternaam?: string | null;
  zoekNaam?: string | null;
}

export const DossierEntity = new EntitySchema<DossierRow>({
  name: 'Dossier',
  tableName: 'dossier',
  columns: {
    id: { type: 'uuid', primary: true },
    referentie: { type: 'varchar', length: 20 },
    titel: { type: 'varchar', length: 200 },
    fase: { type: 'varchar', length: 30 },
    status: { type: 'varchar', length: 20 },
    burgerId: { name: 'burger_id', type: 'uuid' },
    adresId: { name: 'adres_id', type: 'varchar', length: 32 },
    spocSub: { name: 'spoc_sub', type: 'varchar', length: 200, nullable: true },
    renovatiebegeleiderSub: { name: 'renovatiebegeleider_sub', type: 'varchar', length: 200, nullable: true },
    geopendOp: { name: 'geopend_op', type: 'timestamptz', precision: 3 },
    laatsteWijziging: { name: 'laatste_wijziging', type: 'timestamptz', precision: 3 },
    version: { type: 'integer', version: true },
    adresTekst: { name: 'adres_tekst', type: 'varchar', length: 300, nullable: true },
    postcode: { type: 'varchar', length: 4, nullable: true },
    begeleiderPartner: { name: 'begeleider_partner', type: 'varchar', length: 30, nullable: true },
    startToestemmingWijze: { name: 'start_toestemming_wijze', type: 'varchar', length: 20, nullable: true },
    startToestemmingOp: { name: 'start_toestemming_op', type: 'timestamptz', precision: 3, nullable: true },
    startToestemmingDoor: { name: 'start_toestemming_door', type: 'varchar', length: 200, nullable: true },
    afsluitReden: { name: 'afsluit_reden', type: 'varchar', length: 1000, nullable: true },
    afgeslotenOp: { name: 'afgesloten_op', type: 'timestamptz', precision: 3, nullable: true },
    volgendeActieOp: { name: 'volgende_actie_op', type: 'date', nullable: true },
    volgendeActie: { name: 'volgende_actie', type: 'varchar', length: 300, nullable: true },
    startKanaal: { name: 'start_kanaal', type: 'varchar', length: 20, nullable: true },
    zoekAchternaam: { name: 'zoek_achternaam', type: 'varchar', length: 100, nullable: true, select: false, insert: false, update: false },
    zoekNaam: { name: 'zoek_naam', type: 'varchar', length: 201, nullable: true, select: false, insert: false, update: false },
  },
});

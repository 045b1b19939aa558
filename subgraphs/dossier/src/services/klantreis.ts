import type { DossierFase, DossierStatus, PartnerAanvraagSoort, PartnerOrganisatie, VraagStatus } from '../domain.js';

/*
 * The rules of the journey, as data: which phase may follow which, which status changes exist, what
 * a question may become, what each partner does, and what the citizen hears in Mijn Burgerprofiel.
 * The services only look things up here; a change of the journey is a change of these tables.
 */

/** A phase change: forward one step, or back one step (only with a reason). Nothing else is allowed. */
export interface FaseOvergang {
  van: DossierFase;
  naar: DossierFase;
  richting: 'VOORUIT' | 'TERUG';
}

export const FASE_OVERGANGEN: readonly FaseOvergang[] = [
  { van: 'CONTACTNAME', naar: 'OPTIES', richting: 'VOORUIT' },
  { van: 'OPTIES', naar: 'FINANCIEREN', richting: 'VOORUIT' },
  { van: 'FINANCIEREN', naar: 'LEVERANCIERS', richting: 'VOORUIT' },
  { van: 'LEVERANCIERS', naar: 'UITVOEREN_EN_BETALEN', richting: 'VOORUIT' },
  { van: 'OPTIES', naar: 'CONTACTNAME', richting: 'TERUG' },
  { van: 'FINANCIEREN', naar: 'OPTIES', richting: 'TERUG' },
  { van: 'LEVERANCIERS', naar: 'FINANCIEREN', richting: 'TERUG' },
  { van: 'UITVOEREN_EN_BETALEN', naar: 'LEVERANCIERS', richting: 'TERUG' },
];

export const faseOvergang = (van: DossierFase, naar: DossierFase): FaseOvergang | undefined =>
  FASE_OVERGANGEN.find((o) => o.van === van && o.naar === naar);

/** How a running dossier ends: closing needs the last phase; stopping is possible in every phase. Both need a reason. */
export interface StatusOvergang {
  naar: Exclude<DossierStatus, 'LOPEND'>;
  /** The phases in which this end is allowed. */
  inFasen: readonly DossierFase[];
}

export const STATUS_OVERGANGEN: readonly StatusOvergang[] = [
  { naar: 'AFGESLOTEN', inFasen: ['UITVOEREN_EN_BETALEN'] },
  { naar: 'STOPGEZET', inFasen: ['CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'] },
];

/** What a question can become, from which statuses. A question in NIEUW is in the inbox. */
export const VRAAG_OVERGANGEN: Readonly<Record<Exclude<VraagStatus, 'NIEUW'>, readonly VraagStatus[]>> = {
  /** Assigned to a staff member (again: a reassignment is allowed while it is being handled). */
  IN_BEHANDELING: ['NIEUW', 'IN_BEHANDELING'],
  /** A dossier was opened from it. */
  DOSSIER_GEOPEND: ['NIEUW', 'IN_BEHANDELING'],
  /** Answered without a dossier, with a reason. */
  AFGEHANDELD: ['NIEUW', 'IN_BEHANDELING'],
};

/** What each partner does for the Energieloket: the kinds of request it accepts. */
export const PARTNER_DIENSTEN: Readonly<Record<PartnerOrganisatie, readonly PartnerAanvraagSoort[]>> = {
  dialoog: ['DUBO_ADVIES'],
  energiehuis: ['RENOVATIEBEGELEIDING', 'LENING'],
  'minder-meer': ['RENOVATIEBEGELEIDING'],
};

export const PARTNER_NAMEN: Readonly<Record<PartnerOrganisatie, string>> = {
  dialoog: 'Dialoog',
  energiehuis: 'Energiehuis',
  'minder-meer': 'Minder=Meer',
};

export const FASE_NAMEN: Readonly<Record<DossierFase, string>> = {
  CONTACTNAME: 'Contactname',
  OPTIES: 'Opties',
  FINANCIEREN: 'Financieren',
  LEVERANCIERS: 'Leveranciers',
  UITVOEREN_EN_BETALEN: 'Uitvoeren en betalen',
};

/**
 * What the citizen has to do in each phase of a running dossier, as Mijn Burgerprofiel shows it with
 * every change (null: nothing is asked of the citizen now).
 */
export const BURGER_ACTIE_PER_FASE: Readonly<Record<DossierFase, string | null>> = {
  CONTACTNAME: null,
  OPTIES: 'Spreek een huisbezoek af voor je duurzaam bouwadvies en bespreek het renovatieplan met je renovatiebegeleider.',
  FINANCIEREN: 'Bekijk het premieadvies en vraag offertes op.',
  LEVERANCIERS: 'Kies een aannemer en bezorg de gekozen offerte en het contract aan je renovatiebegeleider.',
  UITVOEREN_EN_BETALEN: 'Bezorg de facturen en attesten van de uitgevoerde werken, zodat je premies aangevraagd kunnen worden.',
};

/** A change of a dossier that Mijn Burgerprofiel hears about. */
export type DossierGebeurtenis = 'GEOPEND' | 'FASE_GEWIJZIGD' | 'AFGESLOTEN' | 'STOPGEZET';

/** The short message of the notification, per change. */
export function burgerBericht(gebeurtenis: DossierGebeurtenis, fase: DossierFase): string {
  switch (gebeurtenis) {
    case 'GEOPEND':
      return 'Je renovatiedossier is geopend. Het Energieloket neemt contact met je op.';
    case 'FASE_GEWIJZIGD':
      return `Je renovatiedossier is in de fase ${FASE_NAMEN[fase]} gekomen.`;
    case 'AFGESLOTEN':
      return 'Je renovatiedossier is afgesloten. Bedankt voor je vertrouwen in het Energieloket.';
    case 'STOPGEZET':
      return 'Je renovatiedossier is stopgezet.';
  }
}

/** What the citizen has to do now: the phase's action while the dossier runs, nothing once it ended. */
export const burgerActie = (fase: DossierFase, status: DossierStatus): string | null => (status === 'LOPEND' ? BURGER_ACTIE_PER_FASE[fase] : null);

import { EntitySchema, type ValueTransformer } from 'typeorm';
import type { Probleem } from '../services/aanvraag/controles.js';
import type { AanvraagInhoud } from '../services/aanvraag/inhoud.js';
import type { AanvraagStatus } from '../services/aanvraag/status.js';

/** numeric(12,2) <-> number (node-postgres returns numerics as strings). */
const euro: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** A Mijn VerbouwPremie application submitted through the hub. */
export interface PremieAanvraagRow {
  id: string;
  idempotencyKey: string;
  /** SHA-256 of what the submission asks (see inhoudHash): the same key with another hash is a conflict. */
  inhoudHash: string;
  dossierId: string;
  maatregelId: string;
  burgerId: string;
  insz: string;
  /** The coach assigned to the dossier at submission. */
  begeleiderSub: string | null;
  /** The `sub` of who submitted it (the citizen or a staff member). */
  aangevraagdDoor: string;
  werkcategorie: string;
  inhoud: AanvraagInhoud;
  ean: string;
  iban: string;
  /** The warnings at submission. */
  problemen: Probleem[];
  status: AanvraagStatus;
  dossiernummer: string | null;
  verwachtBedrag: number | null;
  toegekendBedrag: number | null;
  uitbetaaldBedrag: number | null;
  reden: string | null;
  aangevraagdOp: Date;
  ingediendOp: Date | null;
  gewijzigdOp: Date;
  /** When the follower asks the desk again (open applications only). */
  volgendeControleOp: Date | null;
}

export const PremieAanvraagEntity = new EntitySchema<PremieAanvraagRow>({
  name: 'PremieAanvraag',
  tableName: 'premie_aanvraag',
  columns: {
    id: { type: 'uuid', primary: true },
    idempotencyKey: { name: 'idempotency_key', type: 'text' },
    inhoudHash: { name: 'inhoud_hash', type: 'text' },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    maatregelId: { name: 'maatregel_id', type: 'uuid' },
    burgerId: { name: 'burger_id', type: 'uuid' },
    insz: { type: 'text' },
    begeleiderSub: { name: 'begeleider_sub', type: 'text', nullable: true },
    aangevraagdDoor: { name: 'aangevraagd_door', type: 'text' },
    werkcategorie: { type: 'text' },
    inhoud: { type: 'jsonb' },
    ean: { type: 'text' },
    iban: { type: 'text' },
    problemen: { type: 'jsonb' },
    status: { type: 'text' },
    dossiernummer: { type: 'text', nullable: true },
    verwachtBedrag: { name: 'verwacht_bedrag', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: euro },
    toegekendBedrag: { name: 'toegekend_bedrag', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: euro },
    uitbetaaldBedrag: { name: 'uitbetaald_bedrag', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: euro },
    reden: { type: 'text', nullable: true },
    aangevraagdOp: { name: 'aangevraagd_op', type: 'timestamptz' },
    ingediendOp: { name: 'ingediend_op', type: 'timestamptz', nullable: true },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz' },
    volgendeControleOp: { name: 'volgende_controle_op', type: 'timestamptz', nullable: true },
  },
});

/** One status of an application: numbered per application (0 = TE_VERZENDEN, n + 1 = the desk's n-th status). */
export interface PremieAanvraagStatusRow {
  aanvraagId: string;
  volgnummer: number;
  status: AanvraagStatus;
  op: Date;
  toelichting: string | null;
  bron: 'HUB' | 'LOKET';
  geregistreerdOp: Date;
}

export const PremieAanvraagStatusEntity = new EntitySchema<PremieAanvraagStatusRow>({
  name: 'PremieAanvraagStatus',
  tableName: 'premie_aanvraag_status',
  columns: {
    aanvraagId: { name: 'aanvraag_id', type: 'uuid', primary: true },
    volgnummer: { type: 'integer', primary: true },
    status: { type: 'text' },
    op: { type: 'timestamptz' },
    toelichting: { type: 'text', nullable: true },
    bron: { type: 'text' },
    geregistreerdOp: { name: 'geregistreerd_op', type: 'timestamptz' },
  },
});

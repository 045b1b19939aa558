import type { VergunningModel, VergunningStatusValue, VergunningstoestandModel } from '../models.js';

const LOPEND: ReadonlySet<VergunningStatusValue> = new Set(['INGEDIEND', 'IN_BEHANDELING', 'IN_BEROEP']);

/** The permit flags of a home: a pending application, a granted one, and every application, newest first. */
export function naarVergunningstoestand(aanvragen: VergunningModel[]): VergunningstoestandModel {
  return {
    heeftLopendeAanvraag: aanvragen.some((a) => LOPEND.has(a.status)),
    heeftVergunning: aanvragen.some((a) => a.status === 'VERGUND'),
    aanvragen: [...aanvragen].sort((a, b) => (b.ingediendOp ?? '').localeCompare(a.ingediendOp ?? '') || a.projectnummer.localeCompare(b.projectnummer)),
  };
}

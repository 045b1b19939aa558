import { z } from 'zod';
import type { HttpClient } from '@hub/shared';
import type { VergunningProcedureValue, VergunningSoortValue, VergunningStatusValue, VergunningModel } from '../models.js';

/**
 * The permit port: the permit applications (omgevingsvergunningen, meldingen) that concern an address.
 * The services only know this interface; an adapter speaks an upstream's contract.
 */
export interface VergunningenBron {
  /** The applications for the address, any state; empty when there are none. */
  vergunningenVoor(adresId: string): Promise<VergunningModel[]>;
}

/**
 * The HTTP adapter. The Omgevingsloket has no public lookup-by-address contract, so this is a SANDBOX
 * CONTRACT, modelled on the Omgevingsloket's projects (one project per application, linked to address
 * register ids):
 *
 *   GET {VERGUNNINGEN_URL}/projecten?adresId={objectId}
 *   200 { "projecten": [{ "projectnummer": "OMV_2026087412", "onderwerp": "...", "type": "omgevingsvergunning",
 *         "procedure": "vereenvoudigde procedure", "status": "in behandeling", "datumIndiening": "2026-09-14",
 *         "datumBeslissing": null, "adresIds": ["3010250"] }] }
 *   400 without a numeric adresId; an empty list when the address has no projects.
 */
const ProjectSchema = z.object({
  projectnummer: z.string().min(1),
  onderwerp: z.string().min(1),
  type: z.string().min(1),
  procedure: z.string().nullish(),
  status: z.string().min(1),
  datumIndiening: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullish(),
  datumBeslissing: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullish(),
  adresIds: z.array(z.string()).nullish(),
});
export const ProjectenSchema = z.object({ projecten: z.array(ProjectSchema) });

const SOORTEN: Record<string, VergunningSoortValue> = { omgevingsvergunning: 'OMGEVINGSVERGUNNING', melding: 'MELDING' };
const PROCEDURES: Record<string, VergunningProcedureValue> = {
  'gewone procedure': 'GEWOON',
  'vereenvoudigde procedure': 'VEREENVOUDIGD',
};
const STATUSSEN: Record<string, VergunningStatusValue> = {
  ingediend: 'INGEDIEND',
  'in behandeling': 'IN_BEHANDELING',
  'in beroep': 'IN_BEROEP',
  vergund: 'VERGUND',
  geweigerd: 'GEWEIGERD',
  ingetrokken: 'INGETROKKEN',
  stopgezet: 'INGETROKKEN',
};

const soortOf = (value: string) => SOORTEN[value.toLowerCase()] ?? 'ANDERE';

export function createVergunningenHttpBron(http: HttpClient): VergunningenBron {
  return {
    async vergunningenVoor(adresId) {
      const response = await http.getJson('/projecten', { params: { adresId }, schema: ProjectenSchema });
      return (response?.projecten ?? []).map((p) => ({
        projectnummer: p.projectnummer,
        onderwerp: p.onderwerp,
        soort: soortOf(p.type),
        procedure: p.procedure ? (PROCEDURES[p.procedure.toLowerCase()] ?? null) : null,
        status: STATUSSEN[p.status.toLowerCase()] ?? 'ANDERE',
        statusOmschrijving: p.status,
        ingediendOp: p.datumIndiening?.slice(0, 10) ?? null,
        beslistOp: p.datumBeslissing?.slice(0, 10) ?? null,
      }));
    },
  };
}

import { randomUUID } from 'node:crypto';
import { badUserInput, forbidden, type Logger } from '@hub/shared';
import { DOCUMENT_SOORTEN, isUuid, type DocumentSoort } from '../domain.js';
import type { DocumentRow, DocumentUploadRow } from '../entities/document.js';
import type { DocumentStore } from '../documents/store.js';
import type { GecontroleerdBestand } from '../documents/upload.js';
import { toDocument, type DocumentModel, type FactuurModel, type MijlpaalModel, type OfferteModel } from '../journey-mappers.js';
import type { JourneyLoaders } from '../journey-loaders.js';
import type { DossierModel } from '../mappers.js';
import type { Repositories } from '../repositories/index.js';
import { requireId } from './ids.js';
import type { Inzage } from './inzage.js';
import { keuze, tekst } from './invoer.js';
import { magDocument, requireAangemeld } from './traject-toegang.js';
import type { AuditLike, TrajectWijzigingen } from './traject-wijziging.js';

export interface DocumentToevoegen {
  dossierId: string;
  uploadId: string;
  soort: DocumentSoort;
  titel: string;
  /** At most one link: to a measure, or a quote or an invoice (whose measure the document then also gets). */
  maatregelId?: string | null;
  offerteId?: string | null;
  factuurId?: string | null;
}

/** The answer to an upload: what the client needs to attach it with voegDocumentToe. */
export interface UploadAntwoord {
  uploadId: string;
  sha256: string;
  grootte: number;
  mimeType: string;
  bestandsnaam: string;
  verlooptOp: string;
}

export interface DocumentInhoud {
  document: DocumentModel;
  bytes: Buffer;
}

export interface DocumentConfig {
  /** How long an upload waits to be attached before it is removed. */
  uploadTtlMs: number;
}

const ONBEKENDE_UPLOAD = 'Onbekende upload: ze bestaat niet, is verlopen of werd door iemand anders opgeladen. Laad het bestand opnieuw op.';

/** Expired uploads removed per upload (the rest follows with the next uploads). */
const OPRUIMEN_PER_KEER = 20;

/**
 * Documents of a dossier: uploads (stored but not yet attached, only for their uploader), attaching
 * them to a dossier (and a measure, quote or invoice), listing their metadata and serving their bytes.
 * Who sees documents: whoever sees the dossier, a partner only while the citizen shares DOCUMENTEN with it.
 * Who attaches: the back office and the coach any kind; the citizen quotes, contracts, invoices,
 * certificates and other documents; a partner assigned to the dossier its advice (ADVIES).
 */
export class DocumentService {
  constructor(
    private readonly w: TrajectWijzigingen,
    private readonly repos: Repositories,
    private readonly loaders: JourneyLoaders,
    private readonly inzage: Inzage,
    private readonly store: DocumentStore,
    private readonly audit: AuditLike,
    private readonly clock: () => Date,
    private readonly config: DocumentConfig,
    private readonly logger: Logger,
  ) {}

  /** The documents of a dossier the caller sees, newest first, optionally of some kinds. */
  async ofDossier(dossier: DossierModel, soorten?: readonly DocumentSoort[] | null): Promise<DocumentModel[]> {
    await this.vereist(dossier.id);
    const rows = await this.loaders.documentenByDossierId.load(dossier.id);
    return rows.filter((r) => soorten == null || soorten.includes(r.soort)).map(toDocument);
  }

  async ofOfferte(offerte: OfferteModel): Promise<DocumentModel[]> {
    await this.vereist(offerte.dossierId);
    return (await this.loaders.documentenByOfferteId.load(offerte.id)).map(toDocument);
  }

  async ofFactuur(factuur: FactuurModel): Promise<DocumentModel[]> {
    await this.vereist(factuur.dossierId);
    return (await this.loaders.documentenByFactuurId.load(factuur.id)).map(toDocument);
  }

  async ofMijlpaal(mijlpaal: MijlpaalModel): Promise<DocumentModel | null> {
    if (mijlpaal.documentId === null) return null;
    await this.vereist(mijlpaal.dossierId);
    // The document is one of the milestone's dossier (a foreign key says so): from the same batch as
    // Dossier.documenten, so that a page of dossiers with milestones and documents reads documents once.
    const row = (await this.loaders.documentenByDossierId.load(mijlpaal.dossierId)).find((d) => d.id === mijlpaal.documentId);
    return row ? toDocument(row) : null;
  }

  /** One document's metadata (a reference from another subgraph). */
  async get(id: string): Promise<DocumentModel> {
    return toDocument(await this.visible(id));
  }

  /**
   * The bytes of a document, for the download endpoint. Every download is audited (LEZEN), every
   * refusal too (WEIGERING); both are written when the request ends (flushAudit).
   */
  async inhoud(id: string): Promise<DocumentInhoud> {
    const row = await this.visible(id);
    this.audit.record({ actie: 'LEZEN', objectType: 'Document', objectId: row.id, dossierId: row.dossierId, detail: 'inhoud gedownload' });
    const bytes = await this.store.get(row.opslagSleutel);
    if (bytes === null) throw new Error(`The bytes of document ${row.id} are missing from the document store`);
    return { document: toDocument(row), bytes };
  }

  /** Whether the caller may upload at all (before the body is read): people who attach documents somewhere. */
  magOpladen(): void {
    requireAangemeld(this.w.toegang);
    const t = this.w.toegang;
    if (t.isBackoffice() || t.begeleiderSub() !== null || t.ownInsz() !== null || t.partnerOrganisatie() !== null) return;
    throw forbidden('Met jouw rol kan je geen documenten opladen.');
  }

  /**
   * Stores a checked upload's bytes and the pending upload, for its uploader only, until it expires.
   * Bytes are stored first: if the row cannot be written, they are removed again.
   */
  async opladen(bestand: GecontroleerdBestand, bytes: Buffer): Promise<UploadAntwoord> {
    this.magOpladen();
    const now = this.clock();
    const identity = this.w.identity;
    const row: DocumentUploadRow = {
      id: randomUUID(),
      eigenaarSub: identity.sub,
      eigenaarIssuer: identity.issuer ?? null,
      bestandsnaam: bestand.bestandsnaam,
      mimeType: bestand.mimeType,
      grootte: bestand.grootte,
      sha256: bestand.sha256,
      opslagSleutel: randomUUID(),
      opgeladenOp: now,
      verlooptOp: new Date(now.getTime() + this.config.uploadTtlMs),
    };
    await this.store.put(row.opslagSleutel, bytes);
    try {
      await this.repos.documenten.insertUpload(row);
    } catch (err) {
      await this.store.delete(row.opslagSleutel).catch((e: unknown) => this.logger.error({ err: e }, 'could not remove the bytes of a failed upload'));
      throw err;
    }
    await this.opruimen(now).catch((err: unknown) => this.logger.warn({ err }, 'could not remove expired uploads'));
    return {
      uploadId: row.id,
      sha256: row.sha256,
      grootte: row.grootte,
      mimeType: row.mimeType,
      bestandsnaam: row.bestandsnaam,
      verlooptOp: row.verlooptOp.toISOString(),
    };
  }

  /** Attaches the caller's upload to a dossier as a document of a kind, with a title and an optional link. */
  async toevoegen(input: DocumentToevoegen): Promise<DocumentModel> {
    const soort = keuze(DOCUMENT_SOORTEN, input.soort, 'input.soort');
    const titel = tekst(input.titel, 'input.titel', 200);
    if (!isUuid(input.uploadId)) throw badUserInput(ONBEKENDE_UPLOAD, { field: 'input.uploadId' });
    const links = (['maatregelId', 'offerteId', 'factuurId'] as const).filter((k) => input[k] != null);
    if (links.length > 1) {
      throw badUserInput(`Koppel een document aan hoogstens één maatregel, offerte of factuur (nu: ${links.join(', ')}).`, { field: `input.${links[1]}` });
    }
    for (const k of links) requireId(input[k]!, k.replace(/Id$/, ''));
    return this.w.inDossier(
      input.dossierId,
      (betrokken) => {
        const door = betrokken.find((b) => magDocument(b.als, soort));
        if (!door) throw forbidden(`Je kan aan dit dossier geen document van soort ${soort} toevoegen.`);
        return door;
      },
      async ({ repos, dossier, door, now }) => {
        const upload = await repos.documenten.findUploadForUpdate(input.uploadId);
        const identity = this.w.identity;
        if (!upload || upload.eigenaarSub !== identity.sub || upload.eigenaarIssuer !== (identity.issuer ?? null) || upload.verlooptOp <= now) {
          throw badUserInput(ONBEKENDE_UPLOAD, { field: 'input.uploadId' });
        }
        const link = await this.koppeling(repos, dossier.id, input);
        const row: DocumentRow = {
          id: randomUUID(),
          dossierId: dossier.id,
          soort,
          titel,
          bestandsnaam: upload.bestandsnaam,
          mimeType: upload.mimeType,
          grootte: upload.grootte,
          sha256: upload.sha256,
          opslagSleutel: upload.opslagSleutel,
          ...link,
          toegevoegdDoorSub: door.actor.id,
          toegevoegdDoorNaam: door.actor.naam,
          toegevoegdDoorRol: door.actor.rol,
          toegevoegdDoorOrganisatie: door.actor.organisatie ?? door.actor.dienst,
          toegevoegdOp: now,
        };
        await repos.documenten.insert(row);
        await repos.documenten.deleteUpload(upload.id);
        return { result: toDocument(row), objectType: 'Document', objectId: row.id, detail: `${soort} toegevoegd` };
      },
    );
  }

  /** The measure, quote or invoice link of a new document; each must belong to the dossier. */
  private async koppeling(repos: Repositories, dossierId: string, input: DocumentToevoegen): Promise<Pick<DocumentRow, 'maatregelId' | 'offerteId' | 'factuurId'>> {
    const nietVanDitDossier = (field: string, wat: string) => badUserInput(`'input.${field}' is geen ${wat} van dit dossier.`, { field: `input.${field}` });
    if (input.maatregelId != null) {
      const [m] = await repos.maatregelen.findByIds([input.maatregelId]);
      if (!m || m.dossierId !== dossierId) throw nietVanDitDossier('maatregelId', 'maatregel');
      return { maatregelId: m.id, offerteId: null, factuurId: null };
    }
    if (input.offerteId != null) {
      const [o] = await repos.offertes.findByIds([input.offerteId]);
      if (!o || o.dossierId !== dossierId) throw nietVanDitDossier('offerteId', 'offerte');
      return { maatregelId: o.maatregelId, offerteId: o.id, factuurId: null };
    }
    if (input.factuurId != null) {
      const [f] = await repos.facturen.findByIds([input.factuurId]);
      if (!f || f.dossierId !== dossierId) throw nietVanDitDossier('factuurId', 'factuur');
      return { maatregelId: f.maatregelId, offerteId: null, factuurId: f.id };
    }
    return { maatregelId: null, offerteId: null, factuurId: null };
  }

  /** A document whose dossier the caller sees with its documents; refusals are audited. */
  private async visible(id: string): Promise<DocumentRow> {
    requireAangemeld(this.w.toegang);
    try {
      this.w.toegang.dossierScope();
    } catch (err) {
      // A role that sees no dossier at all (analist, stadsdienst, ...): refused, and the attempt audited.
      this.audit.record({ actie: 'WEIGERING', objectType: 'Document', objectId: id });
      throw err;
    }
    requireId(id, 'document');
    const row = await this.loaders.documentById.load(id);
    if (!row) {
      this.audit.record({ actie: 'WEIGERING', objectType: 'Document', objectId: id });
      throw this.w.refusal('Document');
    }
    await this.vereist(row.dossierId);
    return row;
  }

  private vereist(dossierId: string): Promise<void> {
    return this.inzage.vereist(dossierId, 'DOCUMENTEN');
  }

  /** Removes uploads that expired without being attached: their rows, then their bytes. */
  async opruimen(now: Date): Promise<number> {
    const keys = await this.repos.documenten.purgeExpiredUploads(now, OPRUIMEN_PER_KEER);
    for (const key of keys) await this.store.delete(key);
    return keys.length;
  }
}

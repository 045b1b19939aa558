/** The operation GraphiQL opens with: one dossier joined across all four subgraphs. */
export const DEFAULT_QUERY = `# Eén renovatiedossier over de vier subgraphs heen:
# dossier (CRM) -> burger, woning (adressenregister + EPC), premieadvies (Mijn VerbouwPremie) en IPDC-producten.
# Kies rechtsboven een demo-persona (bv. spoc) en druk op ▶.
query DossierPagina($id: ID! = "5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001") {
  dossier(id: $id) {
    referentie
    titel
    fase
    status
    burger {
      voornaam
      achternaam
      inkomenscategorie
    }
    woning {
      adresId
      adres {
        volledigAdres
      }
      epc {
        label
        energiescore
        bouwjaar
      }
    }
    maatregelen {
      categorie
      omschrijving
      status
    }
    premieAdvies {
      regime
      totaal
      premies {
        categorie
        bedrag
        berekening
        product {
          naam
        }
      }
    }
  }
}
`;

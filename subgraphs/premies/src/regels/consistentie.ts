import type { Categorie, Plafond, Regel, Regime, RegelsetData } from './schema.js';
import { INKOMENSCATEGORIEEN, WERKCATEGORIEEN, uitvoeringenVan, type Werkcategorie } from './waarden.js';

/**
 * The rules between the parts of a rule set that its shape alone cannot say: known sources, unique ids,
 * one rule per target group, every work category and income category covered, ways of execution that fit
 * their work category, caps that can work, periods that do not overlap. Every problem names its JSON path.
 */
export function checkConsistency(data: RegelsetData): string[] {
  const problems: string[] = [];
  const knownSource = (ref: string, path: string) => {
    if (!(ref in data.bronnen)) problems.push(`${path}: unknown source '${ref}' (not in bronnen)`);
  };
  const sources = (refs: readonly string[], path: string) => refs.forEach((ref, j) => knownSource(ref, `${path}.bronnen[${j}]`));
  data.algemeneVoorwaarden.forEach((v, i) => sources(v.bronnen, `algemeneVoorwaarden[${i}]`));

  const ruleIds = new Map<string, string>();
  const regimeIds = new Map<string, number>();
  const plafondIds = new Map<string, string>();
  data.regimes.forEach((regime, r) => {
    const at = `regimes[${r}]`;
    const earlier = regimeIds.get(regime.id);
    if (earlier !== undefined) problems.push(`${at}.id: '${regime.id}' is also the id of regimes[${earlier}]`);
    regimeIds.set(regime.id, r);
    if (regime.geldigTot !== null && regime.geldigTot < regime.geldigVan) {
      problems.push(`${at}.geldigTot: ${regime.geldigTot} is before geldigVan ${regime.geldigVan}`);
    }
    sources(regime.bronnen, at);
    regime.bijzondereDoelgroepen.forEach((b, j) => {
      sources(b.bronnen, `${at}.bijzondereDoelgroepen[${j}]`);
      if (!(INKOMENSCATEGORIEEN as readonly string[]).includes(b.zoalsDoelgroep)) {
        problems.push(`${at}.bijzondereDoelgroepen[${j}].zoalsDoelgroep: must be one of ${INKOMENSCATEGORIEEN.join(', ')}`);
      }
    });
    regime.inkomensgrenzen.forEach((jaar, j) => jaar.grenzen.forEach((g, k) => sources(g.bronnen, `${at}.inkomensgrenzen[${j}].grenzen[${k}]`)));
    for (const categorie of WERKCATEGORIEEN) {
      if (!regime.categorieen[categorie]) problems.push(`${at}.categorieen: work category ${categorie} is missing`);
    }
    for (const [naam, categorie] of Object.entries(regime.categorieen)) {
      problems.push(...checkCategorie(`${at}.categorieen.${naam}`, naam, categorie, ruleIds, knownSource));
    }
    regime.plafonds.forEach((plafond, p) => {
      const plAt = `${at}.plafonds[${p}]`;
      const other = plafondIds.get(plafond.id);
      if (other) problems.push(`${plAt}.id: '${plafond.id}' is also the id of ${other}`);
      else plafondIds.set(plafond.id, plAt);
      sources(plafond.bronnen, plAt);
      problems.push(...checkPlafond(plAt, plafond, regime));
    });
  });

  if (data.verbouwLening) {
    const lening = data.verbouwLening;
    sources(lening.bronnen, 'verbouwLening');
    const seen = new Map<string, number>();
    lening.doelgroepen.forEach((d, i) => {
      sources(d.bronnen, `verbouwLening.doelgroepen[${i}]`);
      const dup = seen.get(d.doelgroep);
      if (dup !== undefined) problems.push(`verbouwLening.doelgroepen[${i}].doelgroep: ${d.doelgroep} is also in verbouwLening.doelgroepen[${dup}]`);
      else seen.set(d.doelgroep, i);
    });
  }

  // Validity periods by application date may not overlap: one date, one regime.
  const sorted = data.regimes.map((regime, index) => ({ regime, index })).sort((a, b) => a.regime.geldigVan.localeCompare(b.regime.geldigVan));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (before.regime.geldigTot === null || before.regime.geldigTot >= after.regime.geldigVan) {
      problems.push(
        `regimes[${after.index}]: validity ${period(after.regime)} of ${after.regime.id} overlaps regimes[${before.index}] ${before.regime.id} (${period(before.regime)})`,
      );
    }
  }
  return problems;
}

function checkCategorie(
  catAt: string,
  naam: string,
  categorie: Categorie,
  ruleIds: Map<string, string>,
  knownSource: (ref: string, path: string) => void,
): string[] {
  const problems: string[] = [];
  const declared = categorie.uitvoeringen?.waarden ?? {};
  const fitting = (WERKCATEGORIEEN as readonly string[]).includes(naam) ? uitvoeringenVan(naam as Werkcategorie) : [];
  for (const key of Object.keys(declared)) {
    if (!(fitting as readonly string[]).includes(key)) {
      problems.push(
        fitting.length === 0
          ? `${catAt}.uitvoeringen.waarden.${key}: ${naam} has no ways of execution (a measure of ${naam} never has an uitvoering)`
          : `${catAt}.uitvoeringen.waarden.${key}: must be one of ${fitting.join(', ')} (the ways of execution of ${naam})`,
      );
    }
  }
  const byDoelgroep = new Map<string, number>();
  categorie.regels.forEach((regel, g) => {
    const ruleAt = `${catAt}.regels[${g}]`;
    const dup = byDoelgroep.get(regel.doelgroep);
    if (dup !== undefined) problems.push(`${ruleAt}.doelgroep: ${regel.doelgroep} already has a rule in ${catAt}.regels[${dup}]`);
    else byDoelgroep.set(regel.doelgroep, g);
    const otherRule = ruleIds.get(regel.id);
    if (otherRule) problems.push(`${ruleAt}.id: '${regel.id}' is also the id of ${otherRule}`);
    else ruleIds.set(regel.id, ruleAt);
    regel.bronnen.forEach((ref, j) => knownSource(ref, `${ruleAt}.bronnen[${j}]`));
    if (regel.status === 'conflict' && !regel.conflicterendeWaarden?.length) {
      problems.push(`${ruleAt}.conflicterendeWaarden: a rule in conflict must list the conflicting values`);
    }
    const perUitvoering = bedragPerUitvoering(regel);
    if (perUitvoering) {
      const [field, amounts] = perUitvoering;
      if (Object.keys(amounts).length === 0) problems.push(`${ruleAt}.${field}: must hold at least one amount`);
      for (const key of Object.keys(amounts)) {
        if (!(key in declared)) problems.push(`${ruleAt}.${field}.${key}: not declared in ${catAt}.uitvoeringen.waarden`);
      }
    }
    for (const key of Object.keys(regel.voorwaarden?.minRPerUitvoering ?? {})) {
      if (!(key in declared)) problems.push(`${ruleAt}.voorwaarden.minRPerUitvoering.${key}: not declared in ${catAt}.uitvoeringen.waarden`);
    }
  });
  for (const inkomenscategorie of INKOMENSCATEGORIEEN) {
    if (!byDoelgroep.has(inkomenscategorie)) problems.push(`${catAt}.regels: no rule for ${inkomenscategorie}`);
  }
  return problems;
}

function checkPlafond(plAt: string, plafond: Plafond, regime: Regime): string[] {
  const problems: string[] = [];
  if (plafond.geldtVoor === 'WONING_PERIODE' && plafond.periodeJaren === undefined) {
    problems.push(`${plAt}.periodeJaren: is required for a cap per home over a period (WONING_PERIODE)`);
  }
  if (plafond.geldtVoor === 'DOSSIER' && plafond.periodeJaren !== undefined) {
    problems.push(`${plAt}.periodeJaren: only a cap per home over a period (WONING_PERIODE) has a period`);
  }
  const seen = new Set<string>();
  plafond.werkcategorieen.forEach((c, i) => {
    if (seen.has(c)) problems.push(`${plAt}.werkcategorieen[${i}]: ${c} is named twice`);
    seen.add(c);
  });
  if (plafond.limiet.soort === 'MAXIMUM_VAN_REGEL') {
    const metMaximum = plafond.werkcategorieen.some((c) =>
      (regime.categorieen[c]?.regels ?? []).some((r) => (!plafond.doelgroepen || plafond.doelgroepen.includes(r.doelgroep)) && 'maxBedrag' in r && r.maxBedrag !== undefined),
    );
    if (!metMaximum) {
      problems.push(`${plAt}.limiet: MAXIMUM_VAN_REGEL, but no rule of ${plafond.werkcategorieen.join(', ')} in ${regime.id} has a maxBedrag to share`);
    }
  }
  return problems;
}

/** The amounts per way of execution of a rule, with the name of their field. */
function bedragPerUitvoering(regel: Regel) {
  if (regel.soort === 'PER_M2_PER_METHODE') return ['bedragPerMethode', regel.bedragPerMethode] as const;
  if (regel.soort === 'VAST_BEDRAG_PER_TYPE') return ['bedragPerType', regel.bedragPerType] as const;
  return undefined;
}

const period = (r: { geldigVan: string; geldigTot: string | null }) => `${r.geldigVan}..${r.geldigTot ?? 'open'}`;

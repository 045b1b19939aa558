import { formatEuro, formatM2, formatProcent, formatTarief, roundHalfUp } from './geld.js';

/** A limit of the rule that lowered the amount; GEDEELD_PLAFOND is a maximum shared with other measures (plafonds.ts). */
export type Begrenzing = 'MAXIMALE_OPPERVLAKTE' | 'MAXIMAAL_FACTUURBEDRAG' | 'MAXIMUMBEDRAG' | 'PERCENTAGE_VAN_FACTUUR' | 'GEDEELD_PLAFOND';

/** The running amount of one measure and the explanation of each step. */
export class Calculation {
  amount = 0;
  readonly begrenzingen: Begrenzing[] = [];
  /** The percentage cap that could not be checked (no invoice amount). */
  uncheckedPercentage: number | undefined;
  private readonly parts: string[] = [];

  text(): string {
    return this.parts.join('; ');
  }

  note(text: string) {
    this.parts.push(text);
  }

  percentage(percentage: number, factuur: number, maxFactuur: number | undefined) {
    if (maxFactuur !== undefined && factuur > maxFactuur) {
      this.amount = (percentage * maxFactuur) / 100;
      this.begrenzingen.push('MAXIMAAL_FACTUURBEDRAG');
      this.parts.push(
        `${formatProcent(percentage)} van ${formatEuro(maxFactuur)} (de factuur van ${formatEuro(factuur)} telt mee tot het maximale factuurbedrag van ${formatEuro(maxFactuur)}) = ${formatEuro(this.amount)}`,
      );
    } else {
      this.amount = (percentage * factuur) / 100;
      this.parts.push(`${formatProcent(percentage)} van ${formatEuro(factuur)} = ${formatEuro(this.amount)}`);
    }
  }

  perM2(area: number, tarief: number, maxArea: number | undefined, uitvoering: string | undefined) {
    const counted = maxArea !== undefined && area > maxArea ? maxArea : area;
    if (counted < area) {
      this.begrenzingen.push('MAXIMALE_OPPERVLAKTE');
      this.parts.push(`${formatM2(area)} begrensd tot de maximale oppervlakte van ${formatM2(counted)}`);
    }
    this.amount = counted * tarief;
    this.parts.push(`${formatM2(counted)} × ${formatTarief(tarief)} per m²${uitvoering ? ` (${uitvoering})` : ''} = ${formatEuro(this.amount)}`);
  }

  vast(bedrag: number, uitvoering: string | undefined) {
    this.amount = bedrag;
    this.parts.push(`vast bedrag${uitvoering ? ` voor ${uitvoering}` : ''}: ${formatEuro(bedrag)}`);
  }

  maximum(max: number) {
    const last = this.parts.length - 1;
    if (this.amount > max) {
      this.amount = max;
      this.begrenzingen.push('MAXIMUMBEDRAG');
      this.parts[last] += `, begrensd tot het maximum van ${formatEuro(max)}`;
    } else {
      this.parts[last] += ` (${roundHalfUp(this.amount) === max ? 'gelijk aan' : 'onder'} het maximum van ${formatEuro(max)})`;
    }
  }

  percentagePlafond(percentage: number, factuur: number | null) {
    if (factuur === null) {
      this.uncheckedPercentage = percentage;
      return;
    }
    const cap = (percentage * factuur) / 100;
    if (this.amount > cap) {
      this.amount = cap;
      this.begrenzingen.push('PERCENTAGE_VAN_FACTUUR');
      this.parts.push(`begrensd tot ${formatProcent(percentage)} van de factuur van ${formatEuro(factuur)} = ${formatEuro(cap)}`);
    } else {
      this.parts.push(`onder ${formatProcent(percentage)} van de factuur van ${formatEuro(factuur)} (${formatEuro(cap)})`);
    }
  }
}

import { escapeJsonForHtml } from './html.js';
import type { GraphiQLOptions } from './index.js';

/** The operation of operations/analist/ that the statistics page runs. */
export const STATISTIEKEN_OPERATION = 'StatistiekenGrafieken';

/**
 * /statistieken: a small page next to GraphiQL that draws the phases over time and the lead times per
 * phase as SVG charts, from the statistics query, as the logged-in analyst (the persona picker in
 * development, a token field otherwise). Everything it loads comes from the gateway.
 */
export function statistiekenPage(options: GraphiQLOptions): string {
  const operation = options.examples.find((e) => e.name === STATISTIEKEN_OPERATION);
  if (!operation) throw new Error(`operations/ has no ${STATISTIEKEN_OPERATION} operation for /statistieken`);
  const config = {
    endpoint: options.endpoint,
    query: operation.query,
    operationName: operation.name,
    ...(options.demo ? { demo: options.demo } : {}),
    ...(options.claims ? { claims: options.claims } : {}),
  };
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Renovatiehub Leuven · Statistieken</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphiql/assets/statistieken.css">
</head>
<body>
<header id="hub-bar"><strong>Renovatiehub Leuven · Statistieken</strong><nav><a href="/graphiql">GraphiQL</a></nav><span id="hub-persona"></span></header>
<main>
<form id="filter">
<label>Van <input type="date" name="van"></label>
<label>Tot en met <input type="date" name="tot"></label>
<label>Postcodes <input type="text" name="postcodes" placeholder="bv. 3000, 3010" size="16"></label>
<button type="submit">Toon</button>
</form>
<p id="status" role="status"></p>
<section>
<h2>Fasen in de tijd</h2>
<p class="uitleg">Per maand: hoeveel lopende dossiers in elke fase van de klantreis kwamen (een opening telt als instroom in Contactname).</p>
<div id="grafiek-fasen"></div>
</section>
<section>
<h2>Doorlooptijd per fase</h2>
<p class="uitleg">Hoelang dossiers in een fase bleven, in dagen: de mediaan (donker) en het 90e percentiel (licht), over de verblijven die in de periode eindigden.</p>
<div id="grafiek-doorlooptijden"></div>
</section>
<p class="uitleg">Dezelfde cijfers als tabel: de operatie ${operation.name} in <a href="/graphiql">GraphiQL</a>. Geen persoonsgegevens; kleine groepen zijn onderdrukt.</p>
</main>
<script type="application/json" id="hub-config">${escapeJsonForHtml(config)}</script>
<script src="/graphiql/assets/hub-persona.js"></script>
<script src="/graphiql/assets/statistieken.js"></script>
</body>
</html>`;
}

/** Messages of the shortage widgets: the timeline, its filters, details and table, and the overview. */
import { isOne } from '../plural.js';

const fr = {
  // Headings
  shortagesHeadingAll: 'Ruptures et risques de rupture de stock des médicaments',
  shortagesHeadingOf: (p: { name: string }) => `Ruptures et risques de rupture de stock : ${p.name}`,
  atcClassName: (p: { code: string; label?: string }) =>
    `classe ATC ${p.code}${p.label ? ` (${p.label})` : ''}`,
  overviewHeadingAll: 'Ruptures de stock en chiffres',
  overviewHeadingOf: (p: { name: string }) => `Ruptures de stock en chiffres : ${p.name}`,
  timelineCaption: 'Déclarations de ruptures et de risques de rupture de stock, par produit, dans le temps',
  // Summary
  summaryDeclarations: (p: { count: string; products: string; period: string }) =>
    `${p.count} pour ${p.products}, ${p.period}.`,
  summaryOpenAsOf: (p: { count: string; date: string }) => `${p.count} en cours au ${p.date}.`,
  summaryOpenToday: (p: { count: string }) => `${p.count} en cours aujourd’hui.`,
  summaryNoneOpen: 'Aucune n’est en cours.',
  summaryLongest: (p: { product: string; classification: string; duration: string; period: string }) =>
    `La plus longue\u00a0: «\u00a0${p.product}\u00a0» (${p.classification}), ${p.duration}, ${p.period}.`,
  summaryFiltered: (p: { shown: string; total: string }) =>
    `Filtres appliqués\u00a0: ${p.shown} affichées sur ${p.total}.`,
  periodYears: (p: { from: string; to: string }) =>
    p.from === p.to ? `en ${p.from}` : `de ${p.from} à ${p.to}`,
  declarationsCount: (p: { count: number; n: string }) =>
    `${p.n}\u00a0déclaration${isOne('fr', p.count) ? '' : 's'}`,
  productsCount: (p: { count: number; n: string }) => `${p.n}\u00a0produit${isOne('fr', p.count) ? '' : 's'}`,
  // Empty: good news
  shortagesNoneProduct: (p: { period?: string }) =>
    `Aucune rupture ni risque de rupture de stock n’a été déclaré pour ce médicament${p.period ? ` (${p.period})` : ''}. C’est une bonne nouvelle.`,
  shortagesNoneClass: (p: { period?: string }) =>
    `Aucune rupture ni risque de rupture de stock n’a été déclaré pour cette classe de médicaments${p.period ? ` (${p.period})` : ''}. C’est une bonne nouvelle.`,
  shortagesNoneAll: (p: { period?: string }) =>
    `Aucune rupture ni risque de rupture de stock n’a été déclaré${p.period ? ` (${p.period})` : ''}.`,
  noMatch: 'Aucune déclaration ne correspond à ces filtres.',
  resetFilters: 'Réinitialiser les filtres',
  // Filters
  moreFilters: 'Autres filtres et tri',
  activeFilters: (p: { count: number }) => (isOne('fr', p.count) ? `${p.count} actif` : `${p.count} actifs`),
  filterClassification: 'Classification',
  filterState: 'État',
  filterCause: 'Cause',
  filterAtc: 'Classe ATC',
  filterAll: (p: { count: string }) => `Toutes (${p.count})`,
  withCount: (p: { label: string; count: string }) => `${p.label} (${p.count})`,
  causeUnspecified: 'Cause non renseignée',
  atcUnspecified: 'Code ATC non renseigné',
  sortBy: 'Trier les produits',
  sortRecent: 'Les plus récents d’abord',
  sortDuration: 'Les plus longues ruptures d’abord',
  sortCount: 'Le plus de déclarations d’abord',
  sortProduct: 'Par nom (A à Z)',
  // Zoom
  zoomControls: 'Période affichée',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomAll: 'Toute la période',
  panEarlier: 'Plus tôt',
  panLater: 'Plus tard',
  shownPeriod: (p: { period: string }) => `Période affichée\u00a0: ${p.period}`,
  timelineKeyboardHint:
    'Clavier\u00a0: flèches gauche et droite pour la déclaration précédente ou suivante, haut et bas pour le produit précédent ou suivant, Entrée pour les détails, + et − pour zoomer, Maj + flèches pour déplacer la période, 0 pour toute la période, Échap pour fermer.',
  today: 'Aujourd’hui',
  asOf: (p: { date: string }) => `Données au ${p.date}`,
  moreBefore: 'déclarations plus anciennes hors de la période affichée',
  moreAfter: 'déclarations plus récentes hors de la période affichée',
  // Legend
  legendBars: 'Lecture des barres',
  legendEnd: 'Fin déclarée',
  legendOpen: 'En cours (jusqu’à la date des données)',
  legendExpected: 'Retour prévu',
  legendUnknownEnd: 'Clôturée, fin non renseignée',
  // One declaration, in words
  barClosed: (p: { from: string; to: string }) => `du ${p.from} au ${p.to}`,
  barOpen: (p: { from: string }) => `depuis le ${p.from}, en cours`,
  barUnknownEnd: (p: { from: string }) => `à partir du ${p.from}, clôturée, fin non renseignée`,
  barExpected: (p: { date: string }) => `retour prévu le ${p.date}`,
  barReportedOnly: 'début non renseigné, date de déclaration',
  // Details
  detailsHeading: (p: { product: string }) => `Détails\u00a0: ${p.product}`,
  detailsClose: 'Fermer les détails',
  detailsOpenHint: 'Détails de la déclaration affichés sous le graphique.',
  fieldProduct: 'Produit',
  fieldSubstance: 'Substance',
  fieldLaboratory: 'Laboratoire',
  fieldAtc: 'Code ATC',
  fieldClassification: 'Classification',
  fieldState: 'État',
  fieldReported: 'Déclarée le',
  fieldStart: 'Début',
  fieldEnd: 'Fin',
  fieldExpected: 'Retour prévu',
  fieldDuration: 'Durée',
  fieldCause: 'Cause',
  fieldMeasures: 'Mesures de gestion',
  fieldCircuits: 'Circuits touchés',
  fieldTherapeuticClass: 'Classe thérapeutique',
  fieldId: 'Identifiant',
  startNotGiven: 'non renseigné (date de déclaration utilisée)',
  endOpenAsOf: (p: { date: string }) => `en cours au ${p.date}`,
  endOpenToday: 'en cours',
  endUnknown: 'non renseignée',
  durationSoFar: (p: { duration: string }) => `${p.duration} (en cours)`,
  durationUnknown: 'inconnue',
  declaredAs: (p: { text: string }) => `déclaré\u00a0: «\u00a0${p.text}\u00a0»`,
  none: 'aucune',
  // Table
  tableCaption: (p: { count: string }) => `Déclarations (${p.count})`,
  columnProduct: 'Produit',
  columnSubstance: 'Substance',
  columnClassification: 'Classification',
  columnState: 'État',
  columnStart: 'Début',
  columnEnd: 'Fin ou retour prévu',
  columnDuration: 'Durée (jours)',
  columnCause: 'Cause',
  columnAtc: 'Code ATC',
  columnReported: 'Déclarée le',
  columnMeasures: 'Mesures',
  columnCircuits: 'Circuits',
  columnLaboratory: 'Laboratoire',
  columnId: 'Identifiant',
  sortColumn: (p: { column: string }) => `Trier par ${p.column}`,
  showDetails: (p: { product: string }) => `Détails de la déclaration\u00a0: ${p.product}`,
  pagination: 'Pages du tableau',
  pagePrevious: 'Page précédente',
  pageNext: 'Page suivante',
  pageStatus: (p: { page: string; pages: string; from: string; to: string; count: string }) =>
    `Page ${p.page} sur ${p.pages}\u00a0: lignes ${p.from} à ${p.to} sur ${p.count}`,
  pageSize: 'Lignes par page',
  expectedShort: (p: { date: string }) => `${p.date} (prévu)`,
  downloadDeclarations: 'Déclarations affichées (CSV)',
  // Overview
  overviewByYear: 'Déclarations par année et par classification',
  overviewByYearCaption: 'Nombre de déclarations reçues par année, par classification',
  overviewClosed: 'Déclarations clôturées et en cours',
  overviewClosedCaption: 'Part des déclarations clôturées',
  overviewAtc: 'Classes ATC',
  overviewAtcCaption: 'Déclarations et produits concernés par classe ATC (niveau 1)',
  overviewCauses: 'Causes',
  overviewCausesCaption: 'Déclarations par cause déclarée',
  overviewMeasures: 'Mesures de gestion',
  overviewMeasuresCaption: 'Déclarations par mesure de gestion',
  measureUnspecified: 'Mesure non renseignée',
  overviewMeasuresOverlap: 'Une déclaration peut comporter plusieurs mesures.',
  overviewYear: 'Année',
  overviewAllYears: 'Toutes les années',
  overviewInYear: (p: { text: string; year: string }) => `${p.text} (${p.year})`,
  overviewByClassification: 'Déclarations par classification',
  overviewByClassificationCaption: 'Nombre de déclarations reçues, par classification',
  overviewMeasureShare: (p: { percent: string }) =>
    `${p.percent} des déclarations ont fait l’objet d’au moins une mesure.`,
  overviewYearsOutside: (p: { count: number; n: string; period: string }) =>
    isOne('fr', p.count)
      ? `${p.n}\u00a0déclaration datée hors de la période des données (${p.period}) est comptée à part.`
      : `${p.n}\u00a0déclarations datées hors de la période des données (${p.period}) sont comptées à part.`,
  yearBefore: (p: { year: string }) => `Avant ${p.year}`,
  yearAfter: (p: { year: string }) => `Après ${p.year}`,
  seriesDeclarations: 'Déclarations',
  seriesProducts: 'Produits',
  unitDeclarationOne: 'déclaration',
  unitDeclarationMany: 'déclarations',
  unitProductOne: 'produit',
  unitProductMany: 'produits',
};

/** The shortages messages' shape: the English table (`shortages.en.ts`) has the same keys. */
export type ShortagesMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const shortages = { fr, en: () => import('./shortages.en.js').then((m) => m.default) };

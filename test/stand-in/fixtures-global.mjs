/**
 * Fictional all-medicines figures for the DataMed stand-in (`getGlobalStatistics`, the API's
 * /globaldec page), passed through the API's own rules as read from its public code: every row
 * under 10 is left out (ages, seriousness, criteria, reporters, organ classes alike), the
 * exposition is null under 10, and its `consumption` is the number of cases (not of patients).
 * Seriousness labels are "Grave" / "Non grave"; labels go through `@capitalize` in server.mjs.
 */
const CASES = 5000;
const pct = (value) => Math.round((value / CASES) * 10000) / 100;
const rows = (list) =>
  list
    .filter(([, value]) => value >= 10)
    .map(([range, value]) => ({ range, value, valuePercent: pct(value) }));

export function globalStatistics() {
  return {
    exposition: { consumption: CASES, minYear: 2014, maxYear: 2018 },
    repartitionPerGender: {
      male: { value: 2100, valuePercent: pct(2100) },
      female: { value: 2900, valuePercent: pct(2900) },
    },
    repartitionPerAge: rows([
      ['0-19 ANS', 9],
      ['20-59 ANS', 2991],
      ['60 ANS ET PLUS', 2000],
    ]),
    repartitionPerGravity: rows([
      ['Grave', 2300],
      ['Non grave', 2700],
    ]),
    repartitionPerSeriousEffect: rows([
      ['DÉCÈS', 120],
      ['MISE EN JEU DU PRONOSTIC VITAL', 240],
      ['HOSPITALISATION OU PROLONGATION D’HOSPITALISATION', 1500],
      ['INCAPACITÉ OU INVALIDITÉ', 300],
      ['ANOMALIE CONGÉNITALE', 8],
      ['AUTRE SITUATION MÉDICALE GRAVE', 900],
    ]),
    repartitionPerNotifier: [
      [1, 'MÉDECIN GÉNÉRALISTE', 1200],
      [2, 'MÉDECIN SPÉCIALISTE', 1500],
      [3, 'PHARMACIEN', 800],
      [4, 'INFIRMIÈRE', 9],
      [5, 'AUTRE PROFESSIONNEL DE SANTÉ', 400],
      [6, 'NON PROFESSIONNEL DE SANTÉ', 1081],
      [7, 'JURISTE', 10],
    ]
      .filter(([, , value]) => value >= 10)
      .map(([id, job, value]) => ({ id, job, value, valuePercent: pct(value) })),
    repartitionPerPathology: [
      [1, 'AFFECTIONS DE LA PEAU ET DU TISSU SOUS-CUTANÉ', 1200],
      [2, 'AFFECTIONS HÉPATOBILIAIRES', 400],
      [3, 'AFFECTIONS CARDIAQUES', 10],
      [4, 'AFFECTIONS GRAVIDIQUES, PUERPÉRALES ET PÉRINATALES', 9],
    ]
      .filter(([, , value]) => value >= 10)
      .map(([id, range, value]) => ({ id, range, value, valuePercent: pct(value) })),
  };
}

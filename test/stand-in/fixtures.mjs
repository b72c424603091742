/**
 * Fictional rows for the DataMed stand-in, as they sit in the real API's database, and the rules the
 * real API applies on the way out (read from its public code, rewritten here): rows below its own
 * threshold are left out of the answer (ages, reporters, HLT, medication-error rows: below 10; organ
 * classes: 11 or fewer), an exposition under 10 patients or without a level id is null, levels are
 * its enum names (spelt `MODERED`; a level id outside 1–5 is `UKNOWN`), shortage dates are the server's `toLocaleDateString()` (en-US: "M/D/YYYY").
 * Capitalisation of labels is applied by the server from the field table (schema.mjs).
 */

import { globalStatistics } from './fixtures-global.mjs';

const OPEN_MEDIC = { minYear: 2014, maxYear: 2018 };
const BNPV = { minYear: 2014, maxYear: 2018 };
const ERR_MED = { minYear: 2019, maxYear: 2021 };
const TRUSTMED = { minYear: 2021, minMonth: 'Mai', maxYear: 2024, maxMonth: 'Décembre' };
const LEVELS = [undefined, 'VERYLOW', 'LOW', 'MODERED', 'HIGH', 'VERYHIGH'];

const SUBSTANCES = [
  {
    id: 1,
    code: '42215',
    name: 'PARACÉTAMOL',
    exposition: { consumption: 12_500_000, level: 5, openMedic: OPEN_MEDIC },
    patientsBySex: { male: 5_300_000, female: 7_200_000 },
    patientsByAge: [
      ['0-19 ANS', 2_900_000],
      ['20-59 ANS', 6_400_000],
      ['60 ANS ET PLUS', 3_200_000],
    ],
    cases: 1750,
    sex: { male: 700, female: 1050 },
    ages: [
      ['0-19 ANS', 300],
      ['20-59 ANS', 900],
      ['60 ANS ET PLUS', 550],
    ],
    notifiers: [
      [1, 'MÉDECIN GÉNÉRALISTE', 400],
      [2, 'MÉDECIN SPÉCIALISTE', 500],
      [3, 'PHARMACIEN', 300],
      [4, 'INFIRMIÈRE', 9],
      [5, 'AUTRE PROFESSIONNEL DE SANTÉ', 120],
      [6, 'NON PROFESSIONNEL DE SANTÉ', 411],
      [7, 'JURISTE', 10],
    ],
    socs: [
      [
        12,
        'AFFECTIONS HÉPATOBILIAIRES',
        320,
        [
          [101, 'HÉPATITES', 200],
          [102, 'INSUFFISANCES HÉPATIQUES', 9],
          [103, 'CHOLESTASES', 10],
        ],
      ],
      [20, 'AFFECTIONS DE LA PEAU ET DU TISSU SOUS-CUTANÉ', 500, []],
      [14, "LÉSIONS, INTOXICATIONS ET COMPLICATIONS D'INTERVENTIONS", 400, []],
      [3, 'AFFECTIONS CARDIAQUES', 11, []],
      [8, 'AFFECTIONS GRAVIDIQUES, PUERPÉRALES ET PÉRINATALES', 12, []],
    ],
    products: ['60234100', '61234567'],
  },
  {
    id: 2,
    code: '1234',
    name: 'IBUPROFÈNE',
    // Open Medic covers fewer years than the BNPV here: the reporting rate must not mix them.
    exposition: { consumption: 15_000, level: 3, openMedic: { minYear: 2016, maxYear: 2018 } },
    patientsBySex: { male: 7_000, female: 8_000 },
    patientsByAge: [
      ['0-19 ANS', 3_000],
      ['20-59 ANS', 9_000],
      ['60 ANS ET PLUS', 3_000],
    ],
    cases: 40,
    sex: { male: 18, female: 22 },
    ages: [
      ['0-19 ANS', 9],
      ['20-59 ANS', 21],
      ['60 ANS ET PLUS', 10],
    ],
    notifiers: [
      [1, 'MÉDECIN GÉNÉRALISTE', 25],
      [3, 'PHARMACIEN', 15],
    ],
    socs: [[20, 'AFFECTIONS DE LA PEAU ET DU TISSU SOUS-CUTANÉ', 30, []]],
    products: ['60000001'],
  },
  {
    id: 3,
    code: '7001',
    name: 'CODÉINE',
    exposition: { consumption: 8, level: 1, openMedic: OPEN_MEDIC },
    cases: 0,
    products: ['61234567'],
  },
];

const SHORTAGES = [
  {
    num: '12345',
    state: 'Remise à disposition',
    date: new Date(2023, 2, 7),
    cis: '60234100',
    cause: 'Capacité de production',
    classification: 'rupture',
  },
  {
    num: '12399',
    state: 'Remise à disposition',
    date: new Date(2022, 10, 21),
    cis: '60234200',
    cause: 'Augmentation des ventes',
    classification: 'risque',
  },
  {
    num: '13001',
    state: 'Remise à disposition',
    date: new Date(2024, 0, 15),
    cis: '61234567',
    cause: 'Autre',
    classification: 'arret de commercialisation',
  },
];

// Products as the API's tables hold them: names upper-case (the API capitalises them on the way
// out), exposition as a level id and a yearly average of treated patients (`consumption`).
const PARACETAMOL_ATC = { id: 1, code: 'N02BE01', name: 'PARACÉTAMOL' };
const SANOFI = { id: 7, name: 'SANOFI AVENTIS FRANCE' };
const SPECIALITIES = [
  {
    id: 10,
    code: '60234100',
    name: 'DOLIPRANE 1000 MG, COMPRIMÉ',
    substances: ['42215'],
    dosages: [['42215', 'PARACÉTAMOL', '1000 mg']],
    dosageIndication: 'un comprimé',
    atc: PARACETAMOL_ATC,
    pharmaForm: { id: 3, label: 'COMPRIMÉ', type: 'COMPRIME' },
    laboratory: SANOFI,
    commercialisationState: 'COMMERCIALISÉE',
    exposition: { consumption: 1_250_000, level: 5 },
    errors: undefined,
  },
  {
    id: 11,
    code: '60234200',
    name: 'DOLIPRANE 500 MG, GÉLULE',
    substances: ['42215'],
    dosages: [['42215', 'PARACÉTAMOL', '500 mg']],
    dosageIndication: 'une gélule',
    commercialisationState: 'NON COMMERCIALISÉE',
    // Fewer than 10 patients a year: the API gives no exposition at all.
    exposition: { consumption: 7, level: 1 },
    errors: undefined,
  },
  {
    id: 12,
    code: '61234567',
    name: 'PARACÉTAMOL/CODÉINE 500 MG/30 MG, COMPRIMÉ',
    substances: ['42215', '7001'],
    dosages: [
      ['42215', 'PARACÉTAMOL', '500 mg'],
      ['7001', 'PHOSPHATE DE CODÉINE HÉMIHYDRATÉ', '30 mg'],
      // A substance the API lists in no getSubstances answer.
      ['9999', 'CAFÉINE', null],
    ],
    dosageIndication: 'un comprimé',
    atc: { id: 2, code: 'N02AJ06', name: 'CODÉINE ET PARACÉTAMOL' },
    pharmaForm: { id: 3, label: 'COMPRIMÉ', type: 'COMPRIME' },
    laboratory: { id: 8, name: 'LABORATOIRE FICTIF' },
    commercialisationState: 'COMMERCIALISÉE',
    // A level id the API does not know (not 1–5): its `UKNOWN`.
    exposition: { consumption: 52_000, level: 6 },
    errors: undefined,
  },
  {
    id: 13,
    code: '60000001',
    name: 'IBUPROFÈNE 400 MG, COMPRIMÉ',
    substances: ['1234'],
    dosages: [['1234', 'IBUPROFÈNE', '400 mg']],
    dosageIndication: 'un comprimé',
    atc: { id: 3, code: 'M01AE01', name: 'IBUPROFÈNE' },
    pharmaForm: { id: 4, label: 'COMPRIMÉ PELLICULÉ', type: 'COMPRIME' },
    laboratory: { id: 9, name: 'AUTRE LABORATOIRE' },
    commercialisationState: 'COMMERCIALISÉE',
    exposition: { consumption: 8_500, level: 3 },
    errors: {
      population: [
        ['ADULTE', 120],
        ['ENFANT', 45],
        ['PERSONNE ÂGÉE', 60],
        ['NOURRISSON', 9],
      ],
      withEffect: 80,
      withoutEffect: 154,
      steps: [
        [1, 'Administration', 140],
        [2, 'Préparation', 12],
        [3, 'Prescription', 50],
        [4, 'Délivrance', 25],
        [5, 'Autre', 7],
      ],
      natures: [
        [1, 'Erreur de dose', 100],
        [2, 'Erreur de patient', 8],
        [3, 'Erreur de médicament', 60],
      ],
    },
  },
];
SUBSTANCES.find((s) => s.code === '42215').products.push('60234200');

const STEP_NAMES = {
  1: 'ADMINISTRATION_STEP',
  2: 'PREPARATION_STEP',
  3: 'PRESCRIPTION_STEP',
  4: 'DELIVERANCE_STEP',
  6: 'SURVEILLANCE_STEP',
};
const pct = (value, total) => (total ? Math.round((value / total) * 10000) / 100 : 0);
/** The API's rule for most breakdowns: rows under 10 are not in the answer. */
const atLeast10 = (rows) => rows.filter((r) => r.value >= 10);
const indicator = (value, total) => (value === undefined ? null : { value, valuePercent: pct(value, total) });
const period = (p) => ({ minMonth: null, maxMonth: null, ...p });

/** Null without a level id or under 10 patients a year, as the API does. */
function exposition(e) {
  if (!e || !e.level || e.consumption < 10) return null;
  return {
    consumption: e.consumption,
    level: LEVELS[e.level] ?? 'UKNOWN',
    description: 'Utilisation',
    openMedicPeriod: period(e.openMedic ?? OPEN_MEDIC),
  };
}

function specialityLight(code) {
  const p = SPECIALITIES.find((s) => s.code === code);
  return { id: p.id, code: p.code, name: p.name };
}

function substance(s) {
  const patients = s.patientsBySex ? s.patientsBySex.male + s.patientsBySex.female : 0;
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    exposition: exposition(s.exposition),
    repartitionPerGender: {
      male: indicator(s.patientsBySex?.male, patients),
      female: indicator(s.patientsBySex?.female, patients),
    },
    repartitionPerAge: atLeast10(
      (s.patientsByAge ?? []).map(([range, value]) => ({ range, value, valuePercent: pct(value, patients) })),
    ),
    sideEffects: {
      bnpvPeriod: period(BNPV),
      declarations: s.cases ? { total: s.cases } : null,
      repartitionPerGender: {
        male: indicator(s.sex?.male, s.cases),
        female: indicator(s.sex?.female, s.cases),
      },
      repartitionPerAge: atLeast10(
        (s.ages ?? []).map(([range, value]) => ({ range, value, valuePercent: pct(value, s.cases) })),
      ),
      repartitionPerNotifier: atLeast10(
        (s.notifiers ?? []).map(([notifierId, job, value]) => ({
          notifierId,
          job,
          value,
          valuePercent: pct(value, s.cases),
        })),
      ),
      repartitionPerPathology: (s.socs ?? [])
        .filter(([, , value]) => value > 11)
        .map(([socId, range, value, hlts]) => ({
          socId,
          subId: s.id,
          range,
          value,
          valuePercent: pct(value, s.cases),
          htlEffects: atLeast10(
            hlts.map(([hltEffectId, r, v]) => ({
              hltEffectId,
              socId,
              range: r,
              value: v,
              valuePercent: pct(v, s.cases),
            })),
          ),
        })),
    },
    retrievedSpecialities: {
      specialities: s.products.map(specialityLight),
      meta: { count: s.products.length },
    },
  };
}

function medicalErrors(e) {
  const total = e ? e.withEffect + e.withoutEffect : 0;
  return {
    errMedPeriod: period(ERR_MED),
    populationRepartition: atLeast10(
      (e?.population ?? []).map(([range, value], i) => ({
        id: i + 1,
        range,
        value,
        valuePercent: pct(value, total),
        description: null,
      })),
    ),
    // The API rounds a missing row to 0 here instead of leaving it out.
    sideEffectsOriginRepartition: {
      with: indicator(e?.withEffect ?? 0, total),
      without: indicator(e?.withoutEffect ?? 0, total),
    },
    apparitionStepRepartition: atLeast10(
      (e?.steps ?? []).map(([stepId, label, value]) => ({
        stepId,
        step: STEP_NAMES[stepId] ?? 'OTHER_STEP',
        label,
        value,
        valuePercent: pct(value, total),
        description: null,
      })),
    ),
    natureRepartition: atLeast10(
      (e?.natures ?? []).map(([id, nature, value]) => ({
        id,
        nature,
        value,
        valuePercent: pct(value, total),
      })),
    ),
  };
}

/** Shortages of every product associated with this one (products sharing a substance), newest first. */
function shortagesHistory(p) {
  const shares = (other) => other.substances.some((code) => p.substances.includes(code));
  const rows = SHORTAGES.filter((row) => shares(SPECIALITIES.find((o) => o.code === row.cis)))
    .sort((a, b) => b.date - a.date)
    .map((row) => {
      const cis = SPECIALITIES.find((o) => o.code === row.cis);
      return {
        num: row.num,
        state: row.state,
        date: row.date.toLocaleDateString('en-US'),
        year: row.date.getFullYear(),
        cis: { id: cis.id, code: cis.code, name: cis.name },
        cause: row.cause,
        classification: row.classification,
      };
    });
  return { shortages: rows, trustMedPeriod: TRUSTMED, meta: { count: rows.length } };
}

function speciality(p) {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    atc: p.atc ?? null,
    dosageIndication: p.dosageIndication ?? null,
    substances: p.substances.map((code) => substance(SUBSTANCES.find((s) => s.code === code))),
    bnpvPeriod: period(BNPV),
    // The API drops a row without a code or a name.
    dosageSubstances: p.dosages
      .map(([code, name, dosage], i) => ({ id: 100 + i, code, name, dosage }))
      .filter((d) => d.code && d.name),
    pharmaForm: p.pharmaForm ?? null,
    commercialisationState: p.commercialisationState ?? null,
    commercialisationType: 'AUTORISATION DE MISE SUR LE MARCHÉ',
    laboratory: p.laboratory ?? null,
    exposition: exposition(p.exposition),
    medicalErrors: medicalErrors(p.errors),
    publications: [],
    shortagesHistory: shortagesHistory(p),
  };
}

/** The root fields: each takes the arguments of its query and answers in the API's shape. */
export const ROOT = {
  getSubstance: ({ subCode }) => {
    const s = SUBSTANCES.find((x) => x.code === subCode);
    return s ? substance(s) : null;
  },
  getSubstances: () => ({
    substances: SUBSTANCES.map((s) => ({ id: s.id, code: s.code, name: s.name })),
    meta: { count: SUBSTANCES.length },
  }),
  getSpeciality: ({ cisCode }) => {
    const p = SPECIALITIES.find((x) => x.code === cisCode);
    return p ? speciality(p) : null;
  },
  getSpecialities: () => ({
    specialities: SPECIALITIES.map((p) => specialityLight(p.code)),
    meta: { count: SPECIALITIES.length },
  }),
  getGlobalStatistics: () => globalStatistics(),
  getGlobalShortages: () => ({
    period: period(TRUSTMED),
    shortagesPerYear: [
      {
        year: 2023,
        reportsCount: 2,
        measuresCount: 1,
        casesWithMeasuresCount: 1,
        casesWithMeasuresCountPercent: 50,
      },
    ],
    // Lower-case here, unlike a product's shortage history.
    shortagesClassesPerYear: [{ year: 2023, value: 1, valuePercentClosed: 100, classification: 'rupture' }],
    shortagesCausesPerYear: [],
    shortagesAtcPerYear: [],
    shortagesMeasuresPerYear: [],
  }),
};
